import { getTimezone } from 'countries-and-timezones';
import { DateTime, Duration, IANAZone } from 'luxon';

/** True for an IANA zone name Luxon (and so the ICU data) knows, e.g. `Asia/Ho_Chi_Minh`. */
export function isIanaZone(value: unknown): value is string {
  // Luxon also accepts offsets such as "UTC+7"; only region names are zones people live in.
  return (
    typeof value === 'string' &&
    value.length <= 64 &&
    /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value) &&
    IANAZone.isValidZone(value)
  );
}

/**
 * The canonical IANA name of a zone, whatever its case or link: `asia/seoul` → `Asia/Seoul`,
 * `US/Pacific` → `America/Los_Angeles`, `Asia/Saigon` → `Asia/Ho_Chi_Minh`. ICU fixes the case
 * but keeps CLDR's older names (it answers `Asia/Saigon` for `Asia/Ho_Chi_Minh`), so IANA's
 * links, from a maintained table, have the last word. Calendars need the canonical name: their
 * TZID must match a VTIMEZONE.
 */
export function canonicalZone(zone: string): string {
  const icuName = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  const target = getTimezone(icuName)?.aliasOf;
  return target && IANAZone.isValidZone(target) ? target : icuName;
}

/** Local dates are accepted within these years (birth dates and programmes alike). */
export const MIN_LOCAL_YEAR = 1900;
export const MAX_LOCAL_YEAR = 2199;

/** True for a real calendar date written `YYYY-MM-DD` between 1900 and 2199. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = DateTime.fromISO(value, { zone: 'UTC' });
  return date.isValid && date.year >= MIN_LOCAL_YEAR && date.year <= MAX_LOCAL_YEAR;
}

/** Instants are accepted within these years (registration windows, sessions, due times). */
export const MIN_INSTANT_YEAR = 1970;
export const MAX_INSTANT_YEAR = 2199;

/**
 * True for an ISO 8601 instant with `Z` or an offset of at most ±18:00 (the widest any zone
 * has had), between 1970 and 2199, e.g. `2026-07-20T09:00:00+09:00`.
 */
export function isInstant(value: unknown): value is string {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-](0\d|1[0-8]):?[0-5]\d)$/i.test(
      value,
    )
  )
    return false;
  const instant = DateTime.fromISO(value, { setZone: true });
  if (!instant.isValid) return false;
  const year = instant.toUTC().year;
  return year >= MIN_INSTANT_YEAR && year <= MAX_INSTANT_YEAR;
}

/**
 * The longest reminder offset, in days: a year ahead (leap years included) is as early as
 * anyone needs a reminder, and it keeps every fire time a date PostgreSQL and Luxon can hold.
 */
export const MAX_REMINDER_OFFSET_DAYS = 366;

/**
 * True for a positive ISO 8601 duration of weeks, days, hours, minutes and seconds
 * (`P7D`, `PT1H`, `PT30S`) of at most MAX_REMINDER_OFFSET_DAYS; months and years are refused
 * because their length varies.
 */
export function isReminderOffset(value: unknown): value is string {
  if (
    typeof value !== 'string' ||
    !/^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(value)
  )
    return false;
  const duration = Duration.fromISO(value);
  const seconds = duration.isValid ? duration.as('seconds') : NaN;
  return seconds > 0 && seconds <= MAX_REMINDER_OFFSET_DAYS * 86_400;
}

/** The instant a local calendar date begins in a zone (00:00 there), as a UTC Date. */
export function startOfLocalDate(date: string, zone: string): Date {
  return DateTime.fromISO(date, { zone }).startOf('day').toJSDate();
}
