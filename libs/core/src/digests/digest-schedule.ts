import { DateTime } from 'luxon';
import { groupByLocalDay } from '../itinerary/itinerary.service.js';
import type { Session } from '../itinerary/index.js';

/** Staff digests go out at this local time on each day of the programme. */
export const DIGEST_LOCAL_TIME = '07:00';

export interface DigestMoment {
  /** The local date of the day the digest covers. */
  date: string;
  /** The zone of that day's first session: the city the staff wake up in. */
  zone: string;
  fireAt: Date;
}

/**
 * One digest per local day on which a session starts, at 07:00 in the zone of that day's first
 * session: Seoul time on Seoul days, Hanoi time on Hanoi days, and on a travel day the zone it
 * begins in.
 */
export function digestSchedule(sessions: Session[]): DigestMoment[] {
  return groupByLocalDay(sessions).map((day) => ({
    date: day.date,
    zone: day.timezone,
    fireAt: DateTime.fromISO(`${day.date}T${DIGEST_LOCAL_TIME}`, { zone: day.timezone }).toJSDate(),
  }));
}

/** The job id of a digest: one per event and local day. */
export function digestJobId(eventId: string, date: string): string {
  return `digest-${eventId}-${date}`;
}
