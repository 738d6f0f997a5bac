import { DateTime } from 'luxon';

/** An instant as people in one zone read it. */
export interface LocalTime {
  /** `YYYY-MM-DD` in the zone. */
  date: string;
  /** `HH:mm` in the zone. */
  time: string;
  /** `+09:00`, `+06:30`, `-03:30`. */
  offset: string;
}

/**
 * Local times already worked out, by zone and instant. Zone arithmetic (ICU offset lookups) is
 * the costliest part of reading an itinerary, and its answer for a given zone and instant
 * never changes while the process runs, so a bounded memo cannot go stale.
 */
const memo = new Map<string, LocalTime>();
const MEMO_LIMIT = 50_000;

export function localTime(instant: Date, zone: string): LocalTime {
  const key = `${zone}|${instant.getTime()}`;
  let found = memo.get(key);
  if (!found) {
    const local = DateTime.fromJSDate(instant, { zone });
    found = {
      date: local.toISODate()!,
      time: local.toFormat('HH:mm'),
      offset: local.toFormat('ZZ'),
    };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, found);
  }
  return found;
}

/** "Mon 12 Jul 2027, 09:00 (Asia/Seoul, UTC+09:00)": how an email states a local time. */
export function describeLocalTime(instant: Date, zone: string): string {
  const key = `${zone}|${instant.getTime()}`;
  let described = descriptions.get(key);
  if (!described) {
    const local = DateTime.fromJSDate(instant, { zone }).setLocale('en');
    described = `${local.toFormat('ccc d LLL yyyy, HH:mm')} (${zone}, UTC${local.toFormat('ZZ')})`;
    if (descriptions.size >= MEMO_LIMIT) descriptions.clear();
    descriptions.set(key, described);
  }
  return described;
}

/** Emails state the same few instants to thousands of people: each is described once. */
const descriptions = new Map<string, string>();

/** The venue key: sessions at the same name and city may not overlap. */
export function venueKey(venue: { name: string; city: string } | null | undefined): string | null {
  return venue ? `${venue.name.trim().toLowerCase()}|${venue.city.trim().toLowerCase()}` : null;
}
