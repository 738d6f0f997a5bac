import { getTimezone } from 'countries-and-timezones';
import { DateTime } from 'luxon';
import type { Session } from '../itinerary/session.entity.js';

/** The part of a programme held in one country: its first and last local dates, its cities. */
export interface CountryProgramme {
  firstDay: string;
  lastDay: string;
  cities: string[];
}

/**
 * The country a session happens in: its venue's country, else the country of its zone when the
 * zone belongs to exactly one (Asia/Seoul is Korea; Asia/Bangkok is shared, so it says nothing).
 */
export function sessionCountry(
  session: Pick<Session, 'venue' | 'timezone'>,
  zone = session.timezone,
): string | null {
  if (session.venue?.country && zone === session.timezone) return session.venue.country;
  const countries = getTimezone(zone)?.countries ?? [];
  return countries.length === 1 ? countries[0]! : null;
}

/**
 * The dates and cities of the scheduled sessions held in `country` (the Korean part of a
 * Seoul-then-Hanoi workshop), each date the local calendar day where the session happens; a
 * session that ends in another zone (a flight) counts its end only where it lands. Null when
 * no session is held there.
 */
export function programmeIn(
  sessions: Pick<
    Session,
    'venue' | 'timezone' | 'endTimezone' | 'startsAt' | 'endsAt' | 'status'
  >[],
  country: string,
): CountryProgramme | null {
  const days: string[] = [];
  const cities: string[] = [];
  const ordered = sessions
    .filter((session) => session.status === 'scheduled')
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const session of ordered) {
    const startsHere = sessionCountry(session) === country;
    const endsHere =
      session.endTimezone === session.timezone
        ? startsHere
        : sessionCountry(session, session.endTimezone) === country;
    if (startsHere) {
      days.push(DateTime.fromJSDate(session.startsAt, { zone: session.timezone }).toISODate()!);
      const city = session.venue?.city?.trim();
      if (city && !cities.includes(city)) cities.push(city);
    }
    if (endsHere)
      days.push(DateTime.fromJSDate(session.endsAt, { zone: session.endTimezone }).toISODate()!);
  }
  if (!days.length) return null;
  days.sort();
  return { firstDay: days[0]!, lastDay: days[days.length - 1]!, cities };
}
