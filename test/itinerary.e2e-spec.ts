import ICAL from 'ical.js';
import { startApi, type RunningApi } from './support/api-process.js';
import {
  loginAdmin,
  newEvent,
  newOrganization,
  type Account,
  type OrganizationFixture,
} from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { ApiClient } from './support/http-client.js';
import { registrationBody } from './support/registration-body.js';
import { testRun } from './support/test-environment.js';
import { pause } from './support/timing.js';

interface SessionBody {
  title: string;
  type: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  endTimezone?: string;
  venue?: { name: string; city: string; country: string };
  mandatory?: boolean;
}

/** The VEVENTs of an ICS text, after checking that every TZID used has its VTIMEZONE. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar
    .getAllSubcomponents('vtimezone')
    .map((zone) => String(zone.getFirstPropertyValue('tzid')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    for (const name of ['dtstart', 'dtend']) {
      const tzid = component.getFirstProperty(name)?.getParameter('tzid');
      expect(typeof tzid).toBe('string');
      expect(zones).toContain(tzid);
    }
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: Number(component.getFirstPropertyValue('sequence')),
      status: String(component.getFirstPropertyValue('status') ?? ''),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      summary: event.summary,
    };
  });
  return { zones, events };
}

describe('itinerary across time zones', () => {
  let server: RunningApi;
  let api: ApiClient;
  let centre: OrganizationFixture;
  let participant: Account;
  let outsider: Account;
  let eventId: string;
  const ids: Record<string, string> = {};

  const addSession = (body: SessionBody, token = centre.organizer.token, id = eventId) =>
    api.post(`/api/v1/events/${id}/sessions`, body, { token });

  beforeAll(async () => {
    server = await startApi();
    api = new ApiClient(server.baseUrl);
    centre = await newOrganization(api, await loginAdmin(api));
    [participant, outsider] = await fastUsers(testRun().databaseUrl, 2, 'traveller');
    const event = await newEvent(api, centre.organizer, centre.id, {
      timezone: 'Asia/Seoul',
      startsOn: '2027-07-12',
      endsOn: '2027-07-20',
      countryQuotas: {},
    });
    eventId = event.id;
    await api.post(
      `/api/v1/events/${eventId}/staff`,
      { email: centre.staff.email },
      { token: centre.organizer.token },
    );
    await api.post(`/api/v1/events/${eventId}/publish`, undefined, {
      token: centre.organizer.token,
    });
    expect(
      (
        await api.post(`/api/v1/events/${eventId}/registrations`, registrationBody(), {
          token: participant!.token,
        })
      ).body.status,
    ).toBe('confirmed');

    const sessions: Record<string, SessionBody> = {
      breakfast: {
        title: 'Breakfast briefing',
        type: 'meal',
        startsAt: '2027-07-13T07:00:00+09:00',
        endsAt: '2027-07-13T08:00:00+09:00',
        timezone: 'Asia/Seoul',
      },
      opening: {
        title: 'Opening lecture',
        type: 'lecture',
        startsAt: '2027-07-12T00:00:00Z',
        endsAt: '2027-07-12T01:30:00Z',
        timezone: 'Asia/Seoul',
        venue: { name: 'Hall A', city: 'Seoul', country: 'KR' },
        mandatory: true,
      },
      flight: {
        title: 'Flight ICN → HAN',
        type: 'travel',
        startsAt: '2027-07-17T10:00:00+09:00',
        endsAt: '2027-07-17T12:30:00+07:00',
        timezone: 'Asia/Seoul',
        endTimezone: 'Asia/Ho_Chi_Minh',
      },
      hanoiAfternoon: {
        title: 'Old Quarter walk',
        type: 'site_visit',
        startsAt: '2027-07-17T15:00:00+07:00',
        endsAt: '2027-07-17T17:00:00+07:00',
        timezone: 'Asia/Ho_Chi_Minh',
      },
      hanoiMorning: {
        title: 'Team missions',
        type: 'team_mission',
        startsAt: '2027-07-18T01:00:00Z',
        endsAt: '2027-07-18T04:00:00Z',
        timezone: 'Asia/Ho_Chi_Minh',
        mandatory: true,
      },
      yangonCall: {
        title: 'Call with Yangon partners',
        type: 'other',
        startsAt: '2027-07-18T09:30:00+06:30',
        endsAt: '2027-07-18T10:30:00+06:30',
        timezone: 'Asia/Yangon',
        mandatory: true,
      },
    };
    for (const [key, body] of Object.entries(sessions)) {
      const response = await addSession(body);
      expect(response.status).toBe(201);
      ids[key] = response.body.id;
    }
  });
  afterAll(() => server?.stop());

  it('gives each session its local fields in its own zones', async () => {
    const breakfast = (
      await api.get(`/api/v1/sessions/${ids.breakfast}`, { token: participant.token })
    ).body;
    // 07:00 in Seoul is 22:00 UTC the day before; it belongs to its Seoul date.
    expect(breakfast).toMatchObject({
      startsAt: '2027-07-12T22:00:00.000Z',
      localDate: '2027-07-13',
      localStart: '07:00',
      utcOffset: '+09:00',
    });

    const flight = (await api.get(`/api/v1/sessions/${ids.flight}`, { token: participant.token }))
      .body;
    expect(flight).toMatchObject({
      startsAt: '2027-07-17T01:00:00.000Z',
      endsAt: '2027-07-17T05:30:00.000Z',
      timezone: 'Asia/Seoul',
      endTimezone: 'Asia/Ho_Chi_Minh',
      localDate: '2027-07-17',
      localStart: '10:00',
      utcOffset: '+09:00',
      localEndDate: '2027-07-17',
      localEnd: '12:30',
      endUtcOffset: '+07:00',
      sequence: 0,
      status: 'scheduled',
    });
    expect((Date.parse(flight.endsAt) - Date.parse(flight.startsAt)) / 3_600_000).toBe(4.5);

    const yangon = (
      await api.get(`/api/v1/sessions/${ids.yangonCall}`, { token: participant.token })
    ).body;
    expect(yangon).toMatchObject({
      startsAt: '2027-07-18T03:00:00.000Z',
      localStart: '09:30',
      utcOffset: '+06:30',
    });
  });

  it('refuses bad sessions with the documented codes', async () => {
    const base = { title: 'x', type: 'lecture', timezone: 'Asia/Seoul' };
    const backwards = await addSession({
      ...base,
      startsAt: '2027-07-14T10:00:00+09:00',
      endsAt: '2027-07-14T09:00:00+09:00',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.code).toBe('VALIDATION_FAILED');
    // 23:30 on 11 July in Seoul is before the event's first local date.
    const early = await addSession({
      ...base,
      startsAt: '2027-07-11T23:30:00+09:00',
      endsAt: '2027-07-12T01:00:00+09:00',
    });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('OUTSIDE_EVENT_DATES');
    // Ends at 00:30 on 21 July in Hanoi: after the last local date.
    const late = await addSession({
      ...base,
      timezone: 'Asia/Ho_Chi_Minh',
      startsAt: '2027-07-20T22:00:00+07:00',
      endsAt: '2027-07-21T00:30:00+07:00',
    });
    expect(late.body.code).toBe('OUTSIDE_EVENT_DATES');
    const badZone = await addSession({
      ...base,
      timezone: 'Asia/Hanoi',
      startsAt: '2027-07-14T09:00:00+09:00',
      endsAt: '2027-07-14T10:00:00+09:00',
    });
    expect(badZone.status).toBe(400);
    expect(badZone.body.details[0].field).toBe('timezone');
    const overlap = await addSession({
      ...base,
      venue: { name: 'hall a', city: 'SEOUL', country: 'KR' },
      startsAt: '2027-07-12T10:00:00+09:00',
      endsAt: '2027-07-12T11:00:00+09:00',
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.code).toBe('VENUE_CONFLICT');
    const adjacent = await addSession({
      ...base,
      venue: { name: 'Hall A', city: 'Seoul', country: 'KR' },
      startsAt: '2027-07-12T10:30:00+09:00',
      endsAt: '2027-07-12T11:00:00+09:00',
    });
    expect(adjacent.status).toBe(201);
    const elsewhere = await addSession({
      ...base,
      venue: { name: 'Hall A', city: 'Hanoi', country: 'VN' },
      startsAt: '2027-07-12T10:00:00+09:00',
      endsAt: '2027-07-12T10:20:00+09:00',
    });
    expect(elsewhere.status).toBe(201);
    expect(
      (
        await addSession(
          { ...base, startsAt: '2027-07-14T09:00:00+09:00', endsAt: '2027-07-14T10:00:00+09:00' },
          participant.token,
        )
      ).status,
    ).toBe(403);
  });

  it('PATCH is partial; a zone change alone keeps the instants; every change raises the sequence', async () => {
    const created = (
      await addSession({
        title: 'Museum',
        type: 'site_visit',
        startsAt: '2027-07-15T14:00:00+09:00',
        endsAt: '2027-07-15T16:00:00+09:00',
        timezone: 'Asia/Seoul',
      })
    ).body;
    const renamed = await api.patch(
      `/api/v1/sessions/${created.id}`,
      { title: 'National Museum of Korea' },
      { token: centre.organizer.token },
    );
    expect(renamed.body).toMatchObject({
      title: 'National Museum of Korea',
      startsAt: created.startsAt,
      sequence: 1,
    });
    const rezoned = await api.patch(
      `/api/v1/sessions/${created.id}`,
      { timezone: 'Asia/Tokyo' },
      { token: centre.organizer.token },
    );
    expect(rezoned.body).toMatchObject({
      startsAt: created.startsAt,
      endsAt: created.endsAt,
      timezone: 'Asia/Tokyo',
      endTimezone: 'Asia/Tokyo',
      localStart: '14:00',
      sequence: 2,
    });
    expect(
      (
        await api.patch(
          `/api/v1/sessions/${created.id}`,
          { sequence: 9 },
          { token: centre.organizer.token },
        )
      ).status,
    ).toBe(400);
    expect(
      (await api.delete(`/api/v1/sessions/${created.id}`, { token: centre.organizer.token }))
        .status,
    ).toBe(204);
    const cancelled = (
      await api.get(`/api/v1/sessions/${created.id}`, { token: centre.organizer.token })
    ).body;
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 3 });
    const itinerary = (
      await api.get(`/api/v1/events/${eventId}/itinerary`, { token: participant.token })
    ).body;
    expect(
      itinerary.days.flatMap((day: { sessions: { id: string }[] }) =>
        day.sessions.map((session) => session.id),
      ),
    ).not.toContain(created.id);
  });

  it('refuses changes to the programme of a cancelled event', async () => {
    const doomed = await newEvent(api, centre.organizer, centre.id, {
      startsOn: '2027-08-01',
      endsOn: '2027-08-02',
    });
    const session = (
      await addSession(
        {
          title: 'Talk',
          type: 'lecture',
          startsAt: '2027-08-01T10:00:00+09:00',
          endsAt: '2027-08-01T11:00:00+09:00',
          timezone: 'Asia/Seoul',
        },
        undefined,
        doomed.id,
      )
    ).body;
    await api.post(`/api/v1/events/${doomed.id}/cancel`, undefined, {
      token: centre.organizer.token,
    });
    for (const response of [
      await api.patch(
        `/api/v1/sessions/${session.id}`,
        { title: 'Talk 2' },
        { token: centre.organizer.token },
      ),
      await api.delete(`/api/v1/sessions/${session.id}`, { token: centre.organizer.token }),
      await addSession(
        {
          title: 'More',
          type: 'lecture',
          startsAt: '2027-08-01T12:00:00+09:00',
          endsAt: '2027-08-01T13:00:00+09:00',
          timezone: 'Asia/Seoul',
        },
        undefined,
        doomed.id,
      ),
    ]) {
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('INVALID_STATE');
    }
  });

  it('keeps a participants-only itinerary from outsiders', async () => {
    for (const token of [undefined, outsider.token]) {
      expect((await api.get(`/api/v1/events/${eventId}/itinerary`, { token })).status).toBe(404);
      expect((await api.get(`/api/v1/events/${eventId}/itinerary.ics`, { token })).status).toBe(
        404,
      );
      expect((await api.get(`/api/v1/sessions/${ids.flight}`, { token })).status).toBe(404);
    }
    for (const token of [participant.token, centre.staff.token, centre.organizer.token]) {
      expect((await api.get(`/api/v1/events/${eventId}/itinerary`, { token })).status).toBe(200);
    }
    expect(
      (await api.get(`/api/v1/me/itinerary?eventId=${eventId}`, { token: outsider.token })).status,
    ).toBe(404);
    expect(
      (await api.get(`/api/v1/me/calendar-url?eventId=${eventId}`, { token: outsider.token }))
        .status,
    ).toBe(404);
    const mine = (
      await api.get(`/api/v1/me/itinerary?eventId=${eventId}`, { token: participant.token })
    ).body;
    expect(mine).toMatchObject({ event: { id: eventId }, team: null, missions: [] });
    expect(mine.days).toHaveLength(4);

    const open = await newEvent(api, centre.organizer, centre.id, {
      itineraryVisibility: 'public',
    });
    await api.post(`/api/v1/events/${open.id}/publish`, undefined, {
      token: centre.organizer.token,
    });
    expect((await api.get(`/api/v1/events/${open.id}/itinerary`)).status).toBe(200);
  });

  it('serves an RFC 5545 calendar: VTIMEZONE for every TZID, the API’s instants, stable UIDs, rising SEQUENCE', async () => {
    const fetchIcs = async () => {
      const response = await fetch(`${server.baseUrl}/api/v1/events/${eventId}/itinerary.ics`, {
        headers: { authorization: `Bearer ${participant.token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/calendar');
      return parseCalendar(await response.text());
    };
    const first = await fetchIcs();
    expect(first.zones).toEqual(
      expect.arrayContaining(['Asia/Seoul', 'Asia/Ho_Chi_Minh', 'Asia/Yangon']),
    );
    const sessions = (
      await api.get(`/api/v1/events/${eventId}/sessions`, { token: participant.token })
    ).body.items as { id: string; startsAt: string; endsAt: string }[];
    for (const session of sessions) {
      const match = first.events.find((event) => event.uid === `${session.id}@gofar`)!;
      expect(match).toBeDefined();
      expect(match.start).toBe(session.startsAt);
      expect(match.end).toBe(session.endsAt);
    }

    const again = await fetchIcs();
    expect(again.events.map((event) => event.uid).sort()).toEqual(
      first.events.map((event) => event.uid).sort(),
    );

    await api.patch(
      `/api/v1/sessions/${ids.breakfast}`,
      { startsAt: '2027-07-13T07:30:00+09:00', endsAt: '2027-07-13T08:30:00+09:00' },
      { token: centre.organizer.token },
    );
    const moved = await fetchIcs();
    const before = first.events.find((event) => event.uid === `${ids.breakfast}@gofar`)!;
    const after = moved.events.find((event) => event.uid === `${ids.breakfast}@gofar`)!;
    expect(after.sequence).toBe(before.sequence + 1);
    expect(after.start).toBe('2027-07-12T22:30:00.000Z');
  });

  it('gives each confirmed participant a secret feed that rotation replaces', async () => {
    const { url } = (
      await api.get(`/api/v1/me/calendar-url?eventId=${eventId}`, { token: participant.token })
    ).body;
    expect(url).toMatch(/\/api\/v1\/calendar\/[\w-]{20,}\.ics$/);
    expect(
      (await api.get(`/api/v1/me/calendar-url?eventId=${eventId}`, { token: participant.token }))
        .body.url,
    ).toBe(url);
    const path = new URL(url).pathname;
    const feed = await fetch(`${server.baseUrl}${path}`);
    expect(feed.status).toBe(200);
    const parsed = parseCalendar(await feed.text());
    expect(parsed.events.length).toBeGreaterThan(5);
    expect(parsed.events.some((event) => event.status === 'CANCELLED')).toBe(true);

    const rotated = (
      await api.post(`/api/v1/me/calendar-url/rotate?eventId=${eventId}`, undefined, {
        token: participant.token,
      })
    ).body.url;
    expect(rotated).not.toBe(url);
    expect((await fetch(`${server.baseUrl}${path}`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}${new URL(rotated).pathname}`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/v1/calendar/${'x'.repeat(43)}.ics`)).status).toBe(
      404,
    );

    const { query } = await import('./support/databases.js');
    const stored = await query<{ token_hash: string }>(
      testRun().databaseUrl,
      'SELECT token_hash FROM calendar_feeds',
    );
    const token = new URL(rotated).pathname.split('/').pop()!.replace('.ics', '');
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
  });
});

describe('calendar feed secrecy', () => {
  it('never writes a feed token to the request log', async () => {
    const server = await startApi({ LOG_LEVEL: 'info' });
    try {
      const api = new ApiClient(server.baseUrl);
      const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd';
      expect((await fetch(`${server.baseUrl}/api/v1/calendar/${token}.ics`)).status).toBe(404);
      await api.get('/api/v1/events');
      await pause(300);
      expect(server.output()).toContain('/api/v1/calendar/[secret]');
      expect(server.output()).not.toContain(token);
    } finally {
      await server.stop();
    }
  });
});
