import { isIPv4, isIPv6 } from 'node:net';

/**
 * The network an attempt is counted against: an IPv4 address itself, but for IPv6 its /64,
 * since a single home or server usually holds a whole /64 and could otherwise take a fresh
 * address, and a fresh limit, for every guess. IPv4 written as IPv6 (`::ffff:192.0.2.1`)
 * counts as the IPv4 address.
 */
export function clientNetwork(ip: string): string {
  const address = ip.split('%')[0]!.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (!isIPv6(address)) return address;
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, `::` expanded, without leading zeros. */
function ipv6Groups(address: string): string[] {
  const groupsIn = (part: string) => (part ? part.split(':') : []);
  // An embedded IPv4 tail (`::1.2.3.4`) holds two groups.
  const width = (groups: string[]) =>
    groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  const [head = '', tail] = address.split('::');
  const groups =
    tail === undefined
      ? groupsIn(head)
      : [
          ...groupsIn(head),
          ...Array<string>(8 - width(groupsIn(head)) - width(groupsIn(tail))).fill('0'),
          ...groupsIn(tail),
        ];
  return groups.map((group) => (group.includes('.') ? group : parseInt(group, 16).toString(16)));
}
