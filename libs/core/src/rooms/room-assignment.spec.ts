import fc from 'fast-check';
import { assignRooms, type RoomSlot } from './room-assignment.js';
import { roomKind, type RoomKind } from './room-kind.js';
import { roomPerson, type RoomingFacts } from './room-person.js';
import { roomKeepsRules, type RoomPerson } from './room-rules.js';

const COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'KR'];
const CHECK_IN = '2027-07-11';

/** Confirmed people with a gender, maybe a stated room-sharing kind, an age and a nationality. */
const peopleArb = fc
  .array(
    fc.record({
      nationality: fc.constantFrom(...COUNTRIES),
      gender: fc.constantFrom('female' as const, 'male' as const, 'other' as const, null),
      roomSharing: fc.constantFrom('female' as const, 'male' as const, 'single' as const, null),
      // Around the eighteenth birthday on check-in, on both sides.
      dateOfBirth: fc
        .integer({ min: 0, max: 3650 })
        .map((days) =>
          new Date(Date.UTC(2004, 0, 1) + days * 86_400_000).toISOString().slice(0, 10),
        ),
    }),
    { maxLength: 90 },
  )
  .map((rows) =>
    rows.map((row, index): RoomingFacts => ({
      ...row,
      registrationId: `0000${index.toString(16).padStart(4, '0')}-r`,
    })),
  );

const roomsOf = (count: number, beds: number): RoomSlot[] =>
  Array.from({ length: count }, (_, index) => ({
    roomId: `room-${String(index).padStart(3, '0')}`,
    label: String(100 + index),
    beds,
  }));

/** Rooms needed by the contract's guarantee: ceil(count / beds) per sharing kind, plus singles. */
function roomsGuaranteed(people: RoomPerson[], beds: number): number {
  const counts = new Map<RoomKind, number>();
  for (const person of people) {
    const kind = roomKind(person.roomSharing, person.minor);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let rooms = 0;
  for (const [kind, count] of counts) rooms += kind === 'single' ? count : Math.ceil(count / beds);
  return rooms;
}

const signature = (occupants: Map<string, RoomPerson[]>) =>
  [...occupants.entries()].map(([roomId, list]) => [
    roomId,
    list.map((person) => person.registrationId).sort(),
  ]);

const shuffled = <T>(list: T[], seed: number): T[] => {
  const copy = [...list];
  let state = seed || 1;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};

describe('room assignment', () => {
  it('places everyone, by the rules, without over-using a bed, whenever the guarantee holds', () => {
    fc.assert(
      fc.property(
        peopleArb,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 5 }),
        (facts, beds, spare) => {
          const people = facts.map((fact) => roomPerson(fact, CHECK_IN));
          const rooms = roomsOf(roomsGuaranteed(people, beds) + spare, beds);
          const result = assignRooms(people, rooms);
          expect(result.placed).toBe(true);
          if (!result.placed) return;
          const placed = [...result.occupants.values()].flat();
          expect(placed.map((p) => p.registrationId).sort()).toEqual(
            people.map((p) => p.registrationId).sort(),
          );
          for (const room of rooms) {
            const occupants = result.occupants.get(room.roomId)!;
            expect(occupants.length).toBeLessThanOrEqual(room.beds);
            expect(roomKeepsRules(occupants)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the rules and the beds with rooms of any size, or names who is left without a bed', () => {
    fc.assert(
      fc.property(
        peopleArb,
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 40 }),
        (facts, sizes) => {
          const people = facts.map((fact) => roomPerson(fact, CHECK_IN));
          const rooms = sizes.map((beds, index) => ({
            roomId: `room-${String(index).padStart(3, '0')}`,
            label: `R${index}`,
            beds,
          }));
          const result = assignRooms(people, rooms);
          if (!result.placed) {
            const left = Object.values(result.unplaced).reduce((sum, n) => sum + n, 0);
            expect(left).toBeGreaterThan(0);
            expect(left).toBeLessThanOrEqual(people.length);
            return;
          }
          expect([...result.occupants.values()].flat()).toHaveLength(people.length);
          for (const room of rooms) {
            const occupants = result.occupants.get(room.roomId)!;
            expect(occupants.length).toBeLessThanOrEqual(room.beds);
            expect(roomKeepsRules(occupants)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same rooms for the same input, in whatever order people and rooms come', () => {
    fc.assert(
      fc.property(
        peopleArb,
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (facts, sizes, seed) => {
          const people = facts.map((fact) => roomPerson(fact, CHECK_IN));
          const rooms = sizes.map((beds, index) => ({
            roomId: `room-${String(index).padStart(3, '0')}`,
            label: `R${index % 7}`,
            beds,
          }));
          const first = assignRooms(people, rooms);
          const again = assignRooms(shuffled(people, seed), shuffled(rooms, seed + 1));
          if (!first.placed || !again.placed) {
            expect(again).toEqual(first);
            return;
          }
          const sorted = (list: ReturnType<typeof signature>) =>
            [...list].sort(([a], [b]) => String(a).localeCompare(String(b)));
          expect(sorted(signature(again.occupants))).toEqual(sorted(signature(first.occupants)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('puts compatriots in different rooms of their kind while there are rooms to spread them over', () => {
    fc.assert(
      fc.property(peopleArb, fc.integer({ min: 2, max: 4 }), (facts, beds) => {
        const people = facts.map((fact) => roomPerson(fact, CHECK_IN));
        const result = assignRooms(people, roomsOf(roomsGuaranteed(people, beds), beds));
        if (!result.placed) throw new Error('the guarantee holds here');
        const roomsOfKind = new Map<RoomKind, RoomPerson[][]>();
        for (const occupants of result.occupants.values()) {
          if (!occupants.length) continue;
          const kind = roomKind(occupants[0]!.roomSharing, occupants[0]!.minor);
          roomsOfKind.set(kind, [...(roomsOfKind.get(kind) ?? []), occupants]);
        }
        for (const rooms of roomsOfKind.values()) {
          const perCountry = new Map<string, number>();
          for (const person of rooms.flat())
            perCountry.set(person.nationality, (perCountry.get(person.nationality) ?? 0) + 1);
          for (const occupants of rooms) {
            const here = occupants.map((person) => person.nationality);
            for (const country of new Set(here))
              if (perCountry.get(country)! <= rooms.length)
                expect(here.filter((code) => code === country)).toHaveLength(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('says how many of which kind are left without a bed', () => {
    const people = [
      {
        registrationId: 'a',
        nationality: 'VN',
        dateOfBirth: '2000-01-01',
        gender: 'female' as const,
      },
      {
        registrationId: 'b',
        nationality: 'KR',
        dateOfBirth: '2000-01-01',
        gender: 'female' as const,
      },
      {
        registrationId: 'c',
        nationality: 'TH',
        dateOfBirth: '2000-01-01',
        gender: 'female' as const,
      },
      {
        registrationId: 'd',
        nationality: 'TH',
        dateOfBirth: '2011-01-01',
        gender: 'male' as const,
      },
      {
        registrationId: 'e',
        nationality: 'TH',
        dateOfBirth: '2000-01-01',
        gender: 'other' as const,
      },
    ].map((fact) => roomPerson(fact, CHECK_IN));
    const result = assignRooms(people, roomsOf(2, 2));
    expect(result).toEqual({ placed: false, unplaced: { 'female-adult': 1, 'male-minor': 1 } });
  });
});
