import { DateTime, Duration, IANAZone } from 'luxon';

/** True for an IANA zone name Luxon (and so the ICU data) knows, e.g. `Asia/Ho_Chi_Minh`. */
export function isIanaZone(value: unknown): value is string {
  // Luxon also accepts offsets such as "UTC+7"; only region names are zones people live in.
  return (
    typeof value === 'string' &&
    /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value) &&
    IANAZone.isValidZone(value)
  );
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    DateTime.fromISO(value, { zone: 'UTC' }).isValid
  );
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
