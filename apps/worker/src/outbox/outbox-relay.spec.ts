import {
  nextRelayInterval,
  RELAY_BUSY_INTERVAL_MS,
  RELAY_IDLE_INTERVAL_MS,
} from './outbox-relay.js';

describe('the outbox relay interval', () => {
  it('looks again soon after it found rows, whatever the wait before', () => {
    expect(nextRelayInterval(RELAY_IDLE_INTERVAL_MS, true)).toBe(RELAY_BUSY_INTERVAL_MS);
    expect(nextRelayInterval(RELAY_BUSY_INTERVAL_MS, true)).toBe(RELAY_BUSY_INTERVAL_MS);
  });

  it('doubles the wait while the outbox stays empty, up to the idle interval', () => {
    const waits = [RELAY_BUSY_INTERVAL_MS];
    for (let look = 0; look < 8; look += 1) waits.push(nextRelayInterval(waits.at(-1)!, false));
    expect(waits.slice(0, 4)).toEqual([20, 40, 80, 160]);
    expect(waits.slice(4)).toEqual(Array(5).fill(RELAY_IDLE_INTERVAL_MS));
  });
});
