import i18n from '../i18n';

/**
 * The one place that turns the API's instants and dates into words, with the browser's own
 * Intl (no date library shipped to phones). Every clock time is shown in a named zone (the
 * place where it happens, or the person's own when they ask for "my time"); the browser's
 * zone is never assumed.
 */

function locale(): string {
  return i18n.language || 'en';
}

function parts(instant: string | Date, zone: string, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(locale(), { timeZone: zone, ...options }).format(
    new Date(instant),
  );
}

/** Zone → the city a programme's sessions in that zone take place in (see namePlacesAfterVenues). */
const placeNames = new Map<string, string>();

/**
 * Names each zone after the city where the programme's sessions in it take place, so a
 * session in Hanoi reads "Hanoi time" although its zone is Asia/Ho_Chi_Minh. The city most
 * sessions of the zone name wins; zones without a venue keep their IANA city.
 */
export function namePlacesAfterVenues(
  sessions: { timezone: string; venue?: { city: string } | null }[],
): void {
  const counts = new Map<string, Map<string, number>>();
  for (const session of sessions) {
    const city = session.venue?.city?.trim();
    if (!city) continue;
    const perCity = counts.get(session.timezone) ?? new Map<string, number>();
    perCity.set(city, (perCity.get(city) ?? 0) + 1);
    counts.set(session.timezone, perCity);
  }
  for (const [zone, perCity] of counts) {
    const [city] = [...perCity].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    placeNames.set(zone, city);
  }
}

/** "Seoul", "Hanoi", "St Johns": the place a zone is named after, for people. */
export function zoneCity(zone: string): string {
  const known = placeNames.get(zone);
  if (known) return known;
  const city = zone.split('/').pop() ?? zone;
  return city.replace(/_/g, ' ');
}

/** "UTC+09:00" at the given instant (offsets change with daylight saving time). */
export function utcOffset(zone: string, at: string | Date = new Date()): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(at))
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT+09:00", or "GMT" for UTC itself.
  return !name || name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
}

/**
 * "Seoul time (UTC+09:00)". `city` names a place whose city is known (an airport), so Hanoi's
 * airport reads "Hanoi time" although its zone is Asia/Ho_Chi_Minh.
 */
export function zoneLabel(
  zone: string,
  at: string | Date = new Date(),
  city?: string | null,
): string {
  return i18n.t('time.zoneLabel', { city: city || zoneCity(zone), offset: utcOffset(zone, at) });
}

/** "09:00" in the zone. */
export function clockTime(instant: string | Date, zone: string): string {
  return parts(instant, zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** "09:00 Seoul time"; `city` as in zoneLabel. */
export function clockTimeIn(instant: string | Date, zone: string, city?: string | null): string {
  return i18n.t('time.clockIn', { time: clockTime(instant, zone), city: city || zoneCity(zone) });
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDateOf(instant: string | Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** "Mon, 20 Jul 2026, 09:00 Seoul time": an instant with its date, in the zone. */
export function dateTimeIn(instant: string | Date, zone: string): string {
  return i18n.t('time.dateTimeIn', {
    date: parts(instant, zone, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }),
    time: clockTime(instant, zone),
    city: zoneCity(zone),
  });
}

/** A local calendar date (YYYY-MM-DD) as words, never shifted by any zone. */
export function localDate(date: string, style: 'long' | 'short' = 'long'): string {
  const noonUtc = `${date}T12:00:00Z`;
  return style === 'long'
    ? parts(noonUtc, 'UTC', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    : parts(noonUtc, 'UTC', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "20 Jul – 28 Jul 2026" for an event's local dates. */
export function localDateRange(startsOn: string, endsOn: string): string {
  if (startsOn === endsOn) return localDate(startsOn, 'short');
  const format = new Intl.DateTimeFormat(locale(), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return format.formatRange(new Date(`${startsOn}T12:00:00Z`), new Date(`${endsOn}T12:00:00Z`));
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 2 days", "3 hours ago". */
export function relativeTo(instant: string | Date, now: Date = new Date()): string {
  const difference = new Date(instant).getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  for (const [unit, size] of UNITS)
    if (Math.abs(difference) >= size) return format.format(Math.round(difference / size), unit);
  return format.format(Math.round(difference / 1000), 'second');
}

/** The person's own zone: their profile's, else the browser's. */
export function ownZone(profileZone?: string | null): string {
  return profileZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** What a session's place-time line needs (the API's session fields). */
export interface SessionPlaceTimes {
  localDate: string;
  localStart: string;
  localEndDate: string;
  localEnd: string;
  timezone: string;
  endTimezone: string;
}

/**
 * A session's times where it happens: "09:00 – 10:30 Seoul time"; a leg between zones names
 * both ("13:00 Seoul time – 16:30 Hanoi time"); an end on another day carries its date.
 */
export function sessionPlaceTimes(session: SessionPlaceTimes): string {
  const sameZone = session.timezone === session.endTimezone;
  const endText = i18n.t('time.clockIn', {
    time: session.localEnd,
    city: zoneCity(session.endTimezone),
  });
  const end =
    session.localEndDate === session.localDate
      ? endText
      : `${localDate(session.localEndDate, 'short')}, ${endText}`;
  const start = sameZone
    ? session.localStart
    : i18n.t('time.clockIn', { time: session.localStart, city: zoneCity(session.timezone) });
  return i18n.t('time.range', { start, end });
}
