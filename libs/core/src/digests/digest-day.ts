import type { Session } from '../itinerary/index.js';
import type { DietaryCountRow, RegistrationChangeRow } from './digest.repository.js';

/**
 * What a staff digest says about one local day, gathered once (`StaffDigestService.gather`) for
 * both the email and the console's JSON.
 */
export interface DigestDay {
  /** The local date the digest covers. */
  date: string;
  /** The zone of that day's first session (the event's zone on a day without sessions). */
  zone: string;
  /** 07:00 that day in `zone`: when the email goes out. */
  digestAt: Date;
  /** Whether the day has sessions, so that an email is due for it. */
  scheduled: boolean;
  /** The day's scheduled sessions, in order. */
  sessions: Session[];
  /** Confirmed participants now. */
  confirmed: number;
  /** Dietary requirement → confirmed participants with it, most frequent first. */
  dietary: { need: string; count: number }[];
  /** How many confirmed participants have medical notes. */
  withMedicalNotes: number;
  /** Registration changes in [changesSince, changesUntil): since the previous digest. */
  changesSince: Date;
  changesUntil: Date;
  /** The first changes of that window, oldest first. */
  changes: RegistrationChangeRow[];
  /** How many changes the window holds, beyond those listed too. */
  changeCount: number;
}

/** Converts a row's count (PostgreSQL's bigint arrives as text). */
export function dietaryOf(rows: DietaryCountRow[]): DigestDay['dietary'] {
  return rows.map((row) => ({ need: row.need, count: Number(row.count) }));
}
