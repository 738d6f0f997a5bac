import { DateTime } from 'luxon';
import type { EventSummary } from '../../../mail/src/templates/registration.templates.js';
import type { Event } from '../events/event.entity.js';

/** How emails name an event: its title, its local dates ("12–20 July 2027") and its page. */
export function eventSummary(event: Event, publicUrl: string): EventSummary {
  const starts = DateTime.fromISO(event.startsOn, { locale: 'en' });
  const ends = DateTime.fromISO(event.endsOn, { locale: 'en' });
  const dates =
    event.startsOn === event.endsOn
      ? starts.toFormat('d LLLL yyyy')
      : starts.hasSame(ends, 'month')
        ? `${starts.toFormat('d')}–${ends.toFormat('d LLLL yyyy')}`
        : `${starts.toFormat('d LLLL')} – ${ends.toFormat('d LLLL yyyy')}`;
  return { title: event.title, dates, url: `${publicUrl}/events/${event.id}` };
}
