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

export function localTime(instant: Date, zone: string): LocalTime {
  const local = DateTime.fromJSDate(instant, { zone });
  return { date: local.toISODate()!, time: local.toFormat('HH:mm'), offset: local.toFormat('ZZ') };
}

/** "Mon 12 Jul 2027, 09:00 (Asia/Seoul, UTC+09:00)": how an email states a local time. */
export function describeLocalTime(instant: Date, zone: string): string {
  const local = DateTime.fromJSDate(instant, { zone }).setLocale('en');
  return `${local.toFormat('ccc d LLL yyyy, HH:mm')} (${zone}, UTC${local.toFormat('ZZ')})`;
}

/** The venue key: sessions at the same name and city may not overlap. */
export function venueKey(venue: { name: string; city: string } | null | undefined): string | null {
  return venue ? `${venue.name.trim().toLowerCase()}|${venue.city.trim().toLowerCase()}` : null;
}
