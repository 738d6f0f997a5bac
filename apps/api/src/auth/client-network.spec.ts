import { clientNetwork } from './client-network.js';

describe('clientNetwork', () => {
  it.each([
    ['192.0.2.7', '192.0.2.7'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['2001:db8:0:12:ab:cd:ef:1', '2001:db8:0:12::/64'],
    ['2001:0DB8:0000:0012:0000:0000:0000:0002', '2001:db8:0:12::/64'],
    ['2001:db8::12:1', '2001:db8:0:0::/64'],
    ['2001:db8:1:2::', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.7', '64:ff9b:0:0::/64'],
  ])('%s counts as %s', (ip, network) => {
    expect(clientNetwork(ip)).toBe(network);
  });

  it('puts every address of one /64 in the same network, and other /64s apart', () => {
    expect(clientNetwork('2001:db8:a:b:1::1')).toBe(clientNetwork('2001:db8:a:b:ffff::9'));
    expect(clientNetwork('2001:db8:a:b::1')).not.toBe(clientNetwork('2001:db8:a:c::1'));
  });
});
