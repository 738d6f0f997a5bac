import { DateTime } from 'luxon';

/**
 * True when an ISO 8601 instant is written with `Z` or with the offset `zone` has at that
 * moment: `2027-07-11T15:40:00+09:00` for Incheon, but not `+07:00` (the traveller's home
 * offset), which would land the flight two hours off.
 */
export function offsetMatchesZone(written: string, zone: string): boolean {
  if (/z$/i.test(written.trim())) return true;
  const parsed = DateTime.fromISO(written, { setZone: true });
  if (!parsed.isValid) return false;
  return DateTime.fromMillis(parsed.toMillis(), { zone }).offset === parsed.offset;
}

/** The instant in `zone`, written with that zone's offset: `2027-07-11T15:40:00+09:00`. */
export function localIso(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true })!;
}

/** The first calendar day that is at least six months after `date` (`YYYY-MM-DD`). */
export function sixMonthsAfter(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ months: 6 }).toISODate()!;
}
