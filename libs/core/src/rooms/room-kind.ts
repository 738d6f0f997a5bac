import type { RoomSharing } from '../travel/travel-record.entity.js';

/**
 * The groups whose members may share a room: one sharing kind, and minors apart from adults.
 * `single` people share with nobody.
 */
export const ROOM_KINDS = [
  'female-adult',
  'female-minor',
  'male-adult',
  'male-minor',
  'single',
] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export function roomKind(roomSharing: RoomSharing, minor: boolean): RoomKind {
  if (roomSharing === 'single') return 'single';
  return `${roomSharing}-${minor ? 'minor' : 'adult'}`;
}

/** How a kind reads in a sentence, e.g. "2 female minors". */
export function describeKindCount(kind: RoomKind, count: number): string {
  const words: Record<RoomKind, [string, string]> = {
    'female-adult': ['female adult', 'female adults'],
    'female-minor': ['female minor', 'female minors'],
    'male-adult': ['male adult', 'male adults'],
    'male-minor': ['male minor', 'male minors'],
    single: ['person who needs a single room', 'people who need a single room'],
  };
  return `${count} ${words[kind][count === 1 ? 0 : 1]}`;
}
