import { ROOM_KINDS, roomKind, type RoomKind } from './room-kind.js';
import type { RoomPerson } from './room-rules.js';

/** A room to fill. */
export interface RoomSlot {
  roomId: string;
  label: string;
  beds: number;
}

export type RoomAssignment<T extends RoomPerson> =
  | { placed: true; occupants: Map<string, T[]> }
  | { placed: false; unplaced: Partial<Record<RoomKind, number>> };

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rooms smallest first; ties by label, then id, so the order never depends on the input's. */
function roomOrder(a: RoomSlot, b: RoomSlot): number {
  return a.beds - b.beds || byId(a.label, b.label) || byId(a.roomId, b.roomId);
}

/**
 * Places people in rooms by the rooming rules, the same way for the same people and rooms in
 * whatever order they come.
 *
 * People fall into kinds that may share (female or male, adults apart from minors) plus those
 * who need a single room. Singles take the smallest rooms, one each. Then each sharing kind,
 * the largest first, takes rooms for itself alone: while people remain, the smallest room that
 * holds the rest, else one of the largest left (rooms of a size in label order). With rooms of one size this uses ceil(count / beds)
 * rooms per kind, so everyone is placed whenever the rooms number at least the sum of those
 * plus the singles. Inside a kind, people are dealt round-robin over its rooms, country after
 * country (the largest first), so compatriots land in different rooms while there are rooms to
 * spread them over. When someone cannot be placed the answer says how many of each kind,
 * and nothing is placed.
 */
export function assignRooms<T extends RoomPerson>(
  people: T[],
  rooms: RoomSlot[],
): RoomAssignment<T> {
  const pool = [...rooms].filter((room) => room.beds > 0).sort(roomOrder);
  const byKind = new Map<RoomKind, T[]>(ROOM_KINDS.map((kind) => [kind, []]));
  for (const person of [...people].sort((a, b) => byId(a.registrationId, b.registrationId)))
    byKind.get(roomKind(person.roomSharing, person.minor))!.push(person);

  const occupants = new Map<string, T[]>(rooms.map((room) => [room.roomId, []]));
  const unplaced: Partial<Record<RoomKind, number>> = {};

  const singles = byKind.get('single')!;
  for (const person of singles) {
    const room = pool.shift();
    if (!room) {
      unplaced.single = (unplaced.single ?? 0) + 1;
      continue;
    }
    occupants.get(room.roomId)!.push(person);
  }

  const sharingKinds = ROOM_KINDS.filter((kind) => kind !== 'single')
    .map((kind) => [kind, byKind.get(kind)!] as const)
    .filter(([, members]) => members.length > 0)
    .sort(([a, left], [b, right]) => right.length - left.length || byId(a, b));
  for (const [kind, members] of sharingKinds) {
    const taken: RoomSlot[] = [];
    let remaining = members.length;
    while (remaining > 0 && pool.length) {
      // The pool is sorted by beds then label: the first fitting room is the smallest, and the
      // first room of the largest size keeps rooms in label order.
      const fitting = pool.findIndex((room) => room.beds >= remaining);
      const largest = pool.findIndex((room) => room.beds === pool[pool.length - 1]!.beds);
      const [room] = pool.splice(fitting >= 0 ? fitting : largest, 1);
      taken.push(room!);
      remaining -= room!.beds;
    }
    if (remaining > 0) {
      unplaced[kind] = remaining;
      continue;
    }
    dealByCountry(members, taken, occupants);
  }

  return Object.keys(unplaced).length ? { placed: false, unplaced } : { placed: true, occupants };
}

/** Round-robin over the rooms, country after country (largest first), skipping full rooms. */
function dealByCountry<T extends RoomPerson>(
  members: T[],
  rooms: RoomSlot[],
  occupants: Map<string, T[]>,
): void {
  const byCountry = new Map<string, T[]>();
  for (const member of members)
    byCountry.set(member.nationality, [...(byCountry.get(member.nationality) ?? []), member]);
  const stream = [...byCountry.entries()]
    .sort(([a, left], [b, right]) => right.length - left.length || byId(a, b))
    .flatMap(([, compatriots]) => compatriots);
  let next = 0;
  for (const member of stream) {
    while (
      occupants.get(rooms[next % rooms.length]!.roomId)!.length >= rooms[next % rooms.length]!.beds
    )
      next += 1;
    occupants.get(rooms[next % rooms.length]!.roomId)!.push(member);
    next += 1;
  }
}
