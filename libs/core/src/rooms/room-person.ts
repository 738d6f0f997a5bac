import type { Gender } from '../registrations/registration-status.js';
import type { RoomSharing } from '../travel/travel-record.entity.js';
import { isMinorOn } from '../registrations/registration-rules.js';
import { effectiveRoomSharing } from './room-sharing.js';
import type { RoomPerson } from './room-rules.js';

/** What a registration and its travel record say about where a person may sleep. */
export interface RoomingFacts {
  registrationId: string;
  nationality: string;
  dateOfBirth: string;
  gender: Gender | null;
  /** From the travel record; null or absent follows `gender`. */
  roomSharing?: RoomSharing | null;
}

/** The person as the rooming rules see them for a stay that starts on `checkInOn`. */
export function roomPerson<F extends RoomingFacts>(facts: F, checkInOn: string): F & RoomPerson {
  return {
    ...facts,
    roomSharing: effectiveRoomSharing(facts.roomSharing, facts.gender),
    minor: isMinorOn(facts.dateOfBirth, checkInOn),
  };
}
