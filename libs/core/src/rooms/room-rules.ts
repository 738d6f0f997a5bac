import type { RoomSharing } from '../travel/travel-record.entity.js';

/** A person as the rooming rules see them. */
export interface RoomPerson {
  registrationId: string;
  roomSharing: RoomSharing;
  minor: boolean;
  nationality: string;
}

/** The rules a room can break, each with the words an organizer reads. */
export const ROOM_RULES = {
  SINGLE_ROOM: 'Someone who needs a single room shares with nobody',
  ONE_SHARING_KIND: 'A room holds one room-sharing kind (female or male), never both',
  MINOR_WITH_ADULT: 'A minor never shares a room with an adult',
} as const;
export type RoomRule = keyof typeof ROOM_RULES;

/**
 * The first rule broken by putting `newcomer` in a room with `occupants`, or null when the room
 * may take them (beds are counted elsewhere).
 */
export function roomRuleBroken(occupants: RoomPerson[], newcomer: RoomPerson): RoomRule | null {
  const others = occupants.filter((person) => person.registrationId !== newcomer.registrationId);
  if (!others.length) return null;
  if (newcomer.roomSharing === 'single' || others.some((p) => p.roomSharing === 'single'))
    return 'SINGLE_ROOM';
  if (others.some((person) => person.roomSharing !== newcomer.roomSharing))
    return 'ONE_SHARING_KIND';
  if (others.some((person) => person.minor !== newcomer.minor)) return 'MINOR_WITH_ADULT';
  return null;
}

/** Whether a whole room keeps every rule (checks each person against the others). */
export function roomKeepsRules(occupants: RoomPerson[]): boolean {
  return occupants.every((person) => roomRuleBroken(occupants, person) === null);
}
