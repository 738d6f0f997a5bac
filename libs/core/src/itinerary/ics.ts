import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Event } from '../events/index.js';
import type { Session } from './session.entity.js';

/**
 * An RFC 5545 calendar of an event's sessions. Times are written as local times with their
 * TZID, and every TZID used gets its VTIMEZONE (without one, calendar apps read the times as
 * floating or as UTC). UIDs are the session ids, SEQUENCE the session's sequence; cancelled
 * sessions stay as STATUS:CANCELLED so subscribed calendars remove them.
 */
export function sessionsCalendar(
  event: Event,
  sessions: Session[],
  options: { name: string; url: string },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Gofar', product: 'Itinerary', language: 'EN' },
    url: options.url,
    timezone: { name: event.timezone, generator: (zone) => tzlib_get_ical_block(zone)[0] },
  });
  for (const session of sessions) {
    // DTSTART and DTEND share the start's zone (the library writes one TZID per event); the
    // instants are exact either way, and a flight's arrival reads correctly in any calendar.
    calendar.createEvent({
      id: `${session.id}@gofar`,
      sequence: session.sequence,
      start: DateTime.fromJSDate(session.startsAt, { zone: session.timezone }),
      end: DateTime.fromJSDate(session.endsAt, { zone: session.timezone }),
      timezone: session.timezone,
      summary: session.title,
      description: session.description ?? undefined,
      location: session.venue
        ? [session.venue.name, session.venue.address, session.venue.city, session.venue.country]
            .filter(Boolean)
            .join(', ')
        : undefined,
      status:
        session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: session.updatedAt,
      lastModified: session.updatedAt,
    });
  }
  return calendar.toString();
}
