import { DateTime } from 'luxon';
import type { Event } from '../events/index.js';

/** What every email says about the event it concerns. */
export interface EventSummary {
  title: string;
  /** e.g. "12–20 July 2027" in the event's own calendar. */
  dates: string;
  url: string;
}

const datesMemo = new Map<string, string>();

/** How emails name an event: its title, its local dates ("12–20 July 2027") and its page. */
export function eventSummary(
  event: Pick<Event, 'id' | 'title' | 'startsOn' | 'endsOn'>,
  publicUrl: string,
): EventSummary {
  return {
    title: event.title,
    dates: localDates(event.startsOn, event.endsOn),
    url: `${publicUrl}/events/${event.id}`,
  };
}

/** "12–20 July 2027": worked out once per pair of dates (thousands of emails share one). */
function localDates(startsOn: string, endsOn: string): string {
  const key = `${startsOn}|${endsOn}`;
  let dates = datesMemo.get(key);
  if (dates) return dates;
  const starts = DateTime.fromISO(startsOn, { locale: 'en' });
  const ends = DateTime.fromISO(endsOn, { locale: 'en' });
  dates =
    startsOn === endsOn
      ? starts.toFormat('d LLLL yyyy')
      : starts.hasSame(ends, 'month')
        ? `${starts.toFormat('d')}–${ends.toFormat('d LLLL yyyy')}`
        : `${starts.toFormat('d LLLL')} – ${ends.toFormat('d LLLL yyyy')}`;
  if (datesMemo.size > 10_000) datesMemo.clear();
  datesMemo.set(key, dates);
  return dates;
}
