import { DateTime } from 'luxon';
import { continuedPickups, groupArrivals, type Arrival } from './pickup-grouping.js';

const at = (local: string) => DateTime.fromISO(local, { zone: 'Asia/Seoul' }).toJSDate();
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const arrival = (n: number, local: string): Arrival => ({
  registrationId: id(n),
  arrivesAt: at(local),
});
const ids = (groups: ReturnType<typeof groupArrivals>) =>
  groups.map((group) => group.arrivals.map((entry) => entry.registrationId));
const rule = { windowMinutes: 90, bufferMinutes: 45, maxGroupSize: null };

/**
 * The rule written independently: for each arrival in order, start a new group unless it is
 * within the window of the current group's first and the group is below the limit.
 */
function reference(arrivals: Arrival[], window: number, limit: number | null): string[][] {
  const sorted = [...arrivals].sort(
    (a, b) => +a.arrivesAt - +b.arrivesAt || a.registrationId.localeCompare(b.registrationId),
  );
  const out: string[][] = [];
  let firstAt = -Infinity;
  for (const entry of sorted) {
    const last = out[out.length - 1];
    if (
      last &&
      +entry.arrivesAt - firstAt <= window * 60_000 &&
      (limit === null || last.length < limit)
    )
      last.push(entry.registrationId);
    else {
      out.push([entry.registrationId]);
      firstAt = +entry.arrivesAt;
    }
  }
  return out;
}

describe('groupArrivals', () => {
  it('includes an arrival exactly windowMinutes after the first, not one a minute later', () => {
    const groups = groupArrivals(
      [
        arrival(1, '2027-07-11T10:00'),
        arrival(2, '2027-07-11T11:30'),
        arrival(3, '2027-07-11T11:31'),
      ],
      rule,
    );
    expect(ids(groups)).toEqual([[id(1), id(2)], [id(3)]]);
    expect(groups[0]!.meetAt).toEqual(at('2027-07-11T12:15'));
    expect(groups[1]!.meetAt).toEqual(at('2027-07-11T12:16'));
  });

  it('measures the window from the group’s first arrival, not its latest', () => {
    const groups = groupArrivals(
      [
        arrival(1, '2027-07-11T10:00'),
        arrival(2, '2027-07-11T11:00'),
        arrival(3, '2027-07-11T11:45'),
      ],
      rule,
    );
    expect(ids(groups)).toEqual([[id(1), id(2)], [id(3)]]);
  });

  it('orders equal times by registration id, whatever the input order', () => {
    const groups = groupArrivals(
      [
        arrival(3, '2027-07-11T10:00'),
        arrival(1, '2027-07-11T10:00'),
        arrival(2, '2027-07-11T10:00'),
      ],
      { ...rule, maxGroupSize: 2 },
    );
    expect(ids(groups)).toEqual([[id(1), id(2)], [id(3)]]);
    expect(groups[1]!.meetAt).toEqual(at('2027-07-11T10:45'));
  });

  it('starts a new group at the size limit, even within the window', () => {
    const arrivals = [1, 2, 3, 4, 5].map((n) => arrival(n, `2027-07-11T10:0${n}`));
    expect(ids(groupArrivals(arrivals, { ...rule, maxGroupSize: 2 }))).toEqual([
      [id(1), id(2)],
      [id(3), id(4)],
      [id(5)],
    ]);
  });

  it('groups 48 arrivals over two days at ICN exactly as the rule says', () => {
    const start = DateTime.fromISO('2027-07-11T06:00', { zone: 'Asia/Seoul' });
    // Waves of flights, some landing together, over two days.
    const minutes = Array.from(
      { length: 48 },
      (_, n) => (n < 24 ? 0 : 1440) + ((n * 37) % 600) + (n % 5 === 0 ? 0 : n % 3) * 17,
    );
    const arrivals = minutes.map((offset, n) => ({
      registrationId: id(48 - n),
      arrivesAt: start.plus({ minutes: offset }).toJSDate(),
    }));
    for (const [window, limit] of [
      [90, null],
      [90, 8],
      [30, 5],
      [0, null],
    ] as const) {
      const groups = groupArrivals(arrivals, {
        windowMinutes: window,
        bufferMinutes: 45,
        maxGroupSize: limit,
      });
      expect(ids(groups)).toEqual(reference(arrivals, window, limit));
      expect(groups.flatMap((group) => group.arrivals)).toHaveLength(48);
      for (const group of groups) {
        const times = group.arrivals.map((entry) => +entry.arrivesAt);
        expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(window * 60_000);
        if (limit !== null) expect(group.arrivals.length).toBeLessThanOrEqual(limit);
        expect(+group.meetAt).toBe(Math.max(...times) + 45 * 60_000);
      }
    }
  });
});

describe('continuedPickups', () => {
  const groups = groupArrivals(
    [
      arrival(1, '2027-07-11T10:00'),
      arrival(2, '2027-07-11T10:10'),
      arrival(3, '2027-07-11T13:00'),
      arrival(4, '2027-07-11T13:05'),
    ],
    rule,
  );

  it('keeps a pickup that keeps at least half of its participants', () => {
    expect(
      continuedPickups(groups, [
        { id: 'a', registrationIds: [id(1), id(3)] }, // half in each group: the first group wins
        { id: 'b', registrationIds: [id(4), id(9)] }, // half: kept by the second group
      ]),
    ).toEqual(['a', 'b']);
  });

  it('gives a pickup that kept fewer than half a new id', () => {
    expect(continuedPickups(groups, [{ id: 'a', registrationIds: [id(1), id(8), id(9)] }])).toEqual(
      [null, null],
    );
  });

  it('gives each group one pickup at most, the largest overlap first', () => {
    expect(
      continuedPickups(groups, [
        { id: 'small', registrationIds: [id(1)] },
        { id: 'large', registrationIds: [id(1), id(2)] },
      ]),
    ).toEqual(['large', null]);
  });
});
