import type { Gender } from '../registrations/registration-status.js';
import type { RoomSharing } from '../travel/travel-record.entity.js';

/**
 * The room-sharing kind a person is placed by: what they (or an organizer) said in their travel
 * record, else their gender when it is female or male. Someone who answered `other`, preferred
 * not to say, or gave no answer gets a single room until asked: never guessed.
 */
export function effectiveRoomSharing(
  stated: RoomSharing | null | undefined,
  gender: Gender | null | undefined,
): RoomSharing {
  if (stated) return stated;
  return gender === 'female' || gender === 'male' ? gender : 'single';
}
