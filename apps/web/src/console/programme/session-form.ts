import { type Session } from '@/api/types';
import { instantOf } from '@/format/instant';
import type { SessionBody, SessionPatch } from './queries';

export const SESSION_TYPES = [
  'lecture',
  'site_visit',
  'team_mission',
  'cultural_exchange',
  'travel',
  'meal',
  'ceremony',
  'free_time',
  'other',
] as const;

/** The session form's values: dates and clock times as typed, in the zones chosen. */
export interface SessionFormValues {
  title: string;
  type: SessionBody['type'];
  date: string;
  startTime: string;
  timezone: string;
  endDate: string;
  endTime: string;
  /** Empty: the start zone. */
  endTimezone: string;
  venueName: string;
  venueCity: string;
  venueCountry: string;
  venueAddress: string;
  description: string;
  mandatory: boolean;
}

export function emptySessionValues(eventZone: string, firstDate: string): SessionFormValues {
  return {
    title: '',
    type: 'lecture',
    date: firstDate,
    startTime: '',
    timezone: eventZone,
    endDate: '',
    endTime: '',
    endTimezone: '',
    venueName: '',
    venueCity: '',
    venueCountry: '',
    venueAddress: '',
    description: '',
    mandatory: false,
  };
}

export function sessionValues(session: Session): SessionFormValues {
  return {
    title: session.title,
    type: session.type,
    date: session.localDate,
    startTime: session.localStart,
    timezone: session.timezone,
    endDate: session.localEndDate === session.localDate ? '' : session.localEndDate,
    endTime: session.localEnd,
    endTimezone: session.endTimezone === session.timezone ? '' : session.endTimezone,
    venueName: session.venue?.name ?? '',
    venueCity: session.venue?.city ?? '',
    venueCountry: session.venue?.country ?? '',
    venueAddress: session.venue?.address ?? '',
    description: session.description ?? '',
    mandatory: session.mandatory,
  };
}

/** The instants the form's local times stand for, or null where one is not a real time. */
export function sessionInstants(values: SessionFormValues) {
  const endZone = values.endTimezone || values.timezone;
  return {
    startsAt: instantOf(values.date, values.startTime, values.timezone),
    endsAt: instantOf(values.endDate || values.date, values.endTime, endZone),
    endZone,
  };
}

function venueOf(values: SessionFormValues): SessionBody['venue'] {
  if (!values.venueName.trim()) return null;
  return {
    name: values.venueName.trim(),
    city: values.venueCity.trim(),
    country: values.venueCountry,
    address: values.venueAddress.trim() || null,
  };
}

/** The body of POST /events/:id/sessions. */
export function createBody(values: SessionFormValues): SessionBody {
  const { startsAt, endsAt, endZone } = sessionInstants(values);
  return {
    title: values.title.trim(),
    type: values.type,
    startsAt: startsAt!,
    endsAt: endsAt!,
    timezone: values.timezone,
    endTimezone: endZone as unknown as SessionBody['endTimezone'],
    venue: venueOf(values),
    description: values.description.trim() || null,
    mandatory: values.mandatory,
  };
}

const sameVenue = (a: Session['venue'], b: SessionBody['venue']) =>
  (a?.name ?? '') === (b?.name ?? '') &&
  (a?.city ?? '') === (b?.city ?? '') &&
  (a?.country ?? '') === (b?.country ?? '') &&
  (a?.address ?? null) === (b?.address ?? null);

/**
 * The PATCH for an edited session: only what changed, and whether it is a move (a change of
 * time, zone or venue, which emails the confirmed participants).
 */
export function patchFor(
  session: Session,
  values: SessionFormValues,
): { body: SessionPatch; isMove: boolean } {
  const next = createBody(values);
  const body: Record<string, unknown> = {};
  let isMove = false;
  if (new Date(next.startsAt).getTime() !== new Date(session.startsAt).getTime()) {
    body.startsAt = next.startsAt;
    isMove = true;
  }
  if (new Date(next.endsAt).getTime() !== new Date(session.endsAt).getTime()) {
    body.endsAt = next.endsAt;
    isMove = true;
  }
  if (next.timezone !== session.timezone) {
    body.timezone = next.timezone;
    isMove = true;
  }
  if ((next.endTimezone as unknown as string) !== session.endTimezone) {
    body.endTimezone = next.endTimezone;
    isMove = true;
  }
  if (!sameVenue(session.venue, next.venue ?? null)) {
    body.venue = next.venue;
    isMove = true;
  }
  if (next.title !== session.title) body.title = next.title;
  if (next.type !== session.type) body.type = next.type;
  if ((next.description ?? null) !== session.description) body.description = next.description;
  if (next.mandatory !== session.mandatory) body.mandatory = next.mandatory;
  return { body: body as SessionPatch, isMove };
}
