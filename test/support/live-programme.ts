import { DateTime } from 'luxon';
import type { Account } from './factories.js';
import { newEvent } from './factories.js';
import type { ApiClient } from './http-client.js';
import { registrationBody } from './registration-body.js';

/** `ms` from `from`, rounded up to a whole second, as sessions are written. */
export const secondsAfter = (from: number, ms: number) =>
  new Date(Math.ceil((from + ms) / 1000) * 1000);

/**
 * A published event running around now (yesterday to the day after tomorrow, in its zone),
 * whose sessions start seconds from now: for reminders that fire while a test waits.
 */
export async function liveEvent(
  api: ApiClient,
  organizer: Account,
  organizationId: string,
  setup: {
    overrides?: Record<string, unknown>;
    sessions: { title: string; startsAt: Date; timezone?: string; venue?: string }[];
  },
): Promise<{ id: string; sessions: { id: string; title: string; startsAt: string }[] }> {
  const zone = String(setup.overrides?.timezone ?? 'Asia/Seoul');
  const today = DateTime.now().setZone(zone);
  const event = await newEvent(api, organizer, organizationId, {
    startsOn: today.minus({ days: 1 }).toISODate(),
    endsOn: today.plus({ days: 2 }).toISODate(),
    countryQuotas: {},
    eventReminderOffsets: [],
    missionReminderOffsets: [],
    ...setup.overrides,
  });
  const sessions = [];
  for (const session of setup.sessions) {
    const created = await api.post(
      `/api/v1/events/${event.id}/sessions`,
      {
        title: session.title,
        type: 'lecture',
        startsAt: session.startsAt.toISOString(),
        endsAt: new Date(session.startsAt.getTime() + 3600_000).toISOString(),
        timezone: session.timezone ?? zone,
        venue: session.venue ? { name: session.venue, city: 'Seoul', country: 'KR' } : undefined,
      },
      { token: organizer.token },
    );
    if (created.status !== 201)
      throw new Error(`session failed: ${created.status} ${JSON.stringify(created.body)}`);
    sessions.push(created.body);
  }
  const published = await api.post(`/api/v1/events/${event.id}/publish`, undefined, {
    token: organizer.token,
  });
  if (published.status !== 200) throw new Error(`publish failed: ${published.status}`);
  return { id: event.id, sessions };
}

/** Registers each person in order; returns the registration ids and statuses. */
export async function registerAll(
  api: ApiClient,
  eventId: string,
  people: Account[],
  body: Record<string, unknown> = {},
): Promise<{ id: string; status: string }[]> {
  const results = [];
  for (const person of people) {
    const response = await api.post(
      `/api/v1/events/${eventId}/registrations`,
      registrationBody(body),
      { token: person.token },
    );
    if (response.status !== 201)
      throw new Error(`registration failed: ${response.status} ${JSON.stringify(response.body)}`);
    results.push(response.body);
  }
  return results;
}

/** Registers many people, a batch of parallel requests at a time; each must be confirmed. */
export async function registerConfirmed(
  api: ApiClient,
  eventId: string,
  people: Account[],
  batch = 50,
): Promise<void> {
  for (let start = 0; start < people.length; start += batch) {
    await Promise.all(
      people.slice(start, start + batch).map(async (person) => {
        const response = await api.post(
          `/api/v1/events/${eventId}/registrations`,
          registrationBody(),
          { token: person.token },
        );
        if (response.body.status !== 'confirmed')
          throw new Error(`not confirmed: ${response.status} ${JSON.stringify(response.body)}`);
      }),
    );
  }
}
