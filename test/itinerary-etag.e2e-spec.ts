import { startApi, type RunningApi } from './support/api-process.js';
import { query } from './support/databases.js';
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

/**
 * Revalidation of itineraries: an ETag built from every source of the answer, a 304 for a
 * matching If-None-Match, and the authorization check before it, so a tag never opens a door.
 */
describe('itinerary entity tags', () => {
  let server: RunningApi;
  let api: ApiClient;
  let centre: OrganizationFixture;
  let participant: Account;
  let teammate: Account;
  let outsider: Account;
  let eventId: string;
  const sessionIds: string[] = [];

  const eventPath = () => `/api/v1/events/${eventId}/itinerary`;
  const minePath = () => `/api/v1/me/itinerary?eventId=${eventId}`;

  /** A raw GET, so the status, headers and exact body bytes can be checked (304 has none). */
  async function get(path: string, token?: string, ifNoneMatch?: string) {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (ifNoneMatch) headers['if-none-match'] = ifNoneMatch;
    const response = await fetch(`${server.baseUrl}${path}`, { headers });
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      cacheControl: response.headers.get('cache-control'),
      text: await response.text(),
    };
  }

  /** The current tags of the event's itinerary and of the participant's own. */
  async function tags(): Promise<{ event: string; mine: string }> {
    const event = await get(eventPath(), participant.token);
    const mine = await get(minePath(), participant.token);
    expect([event.status, mine.status]).toEqual([200, 200]);
    return { event: event.etag!, mine: mine.etag! };
  }

  beforeAll(async () => {
    server = await startApi();
    api = new ApiClient(server.baseUrl);
    centre = await newOrganization(api, await loginAdmin(api));
    [participant, teammate, outsider] = await fastUsers(testRun().databaseUrl, 3, 'tagged');
    const event = await newEvent(api, centre.organizer, centre.id, {
      timezone: 'Asia/Seoul',
      startsOn: '2027-07-12',
      endsOn: '2027-07-20',
      countryQuotas: {},
      itineraryVisibility: 'participants',
    });
    eventId = event.id;
    const organizer = { token: centre.organizer.token };
    await api.post(`/api/v1/events/${eventId}/staff`, { email: centre.staff.email }, organizer);
    await api.post(`/api/v1/events/${eventId}/publish`, undefined, organizer);
    for (const person of [participant, teammate]) {
      const registered = await api.post(
        `/api/v1/events/${eventId}/registrations`,
        registrationBody(),
        { token: person.token },
      );
      expect(registered.body.status).toBe('confirmed');
    }
    for (const [startsAt, endsAt, title] of [
      ['2027-07-12T09:00:00+09:00', '2027-07-12T10:30:00+09:00', 'Opening lecture'],
      ['2027-07-13T14:00:00+09:00', '2027-07-13T16:00:00+09:00', 'Palace visit'],
    ] as const) {
      const created = await api.post(
        `/api/v1/events/${eventId}/sessions`,
        { title, type: 'lecture', startsAt, endsAt, timezone: 'Asia/Seoul' },
        organizer,
      );
      expect(created.status).toBe(201);
      sessionIds.push(created.body.id);
    }
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('tags both itineraries, keeps the tag while nothing changes, and answers 304 without a body', async () => {
    for (const path of [eventPath(), minePath()]) {
      const first = await get(path, participant.token);
      const second = await get(path, participant.token);
      expect(first.status).toBe(200);
      expect(first.etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
      expect(first.cacheControl).toBe('private, no-cache');
      expect(second.etag).toBe(first.etag);
      expect(second.text).toBe(first.text);
      expect(JSON.parse(first.text).days).toHaveLength(2);

      const revalidated = await get(path, participant.token, first.etag!);
      expect(revalidated.status).toBe(304);
      expect(revalidated.text).toBe('');
      expect(revalidated.etag).toBe(first.etag);
      expect(revalidated.cacheControl).toBe('private, no-cache');
      // A weak comparison and a list match too; another tag gets the whole answer.
      expect((await get(path, participant.token, `"x", W/${first.etag}`)).status).toBe(304);
      const other = await get(path, participant.token, '"not-the-tag"');
      expect(other.status).toBe(200);
      expect(other.text).toBe(first.text);
    }
    // The two answers differ, and so do their tags; another participant's own is theirs.
    const { event, mine } = await tags();
    expect(event).not.toBe(mine);
    expect((await get(minePath(), teammate.token)).etag).not.toBe(mine);
  });

  it('changes the tag with every source: the event, a session edit or cancel, the registration, the team, the missions, the rooms', async () => {
    const organizer = { token: centre.organizer.token };
    const changes: [string, () => Promise<unknown>, ('event' | 'mine')[]][] = [
      [
        'an event field',
        () => api.patch(`/api/v1/events/${eventId}`, { title: 'Renamed workshop' }, organizer),
        ['event', 'mine'],
      ],
      [
        'a session edit',
        () =>
          api.patch(`/api/v1/sessions/${sessionIds[0]}`, { title: 'Welcome lecture' }, organizer),
        ['event', 'mine'],
      ],
      [
        'a session cancelled',
        () => api.delete(`/api/v1/sessions/${sessionIds[1]}`, organizer),
        ['event', 'mine'],
      ],
      [
        // No route edits a registration in place; an organizer's correction in the database.
        'the registration',
        () =>
          query(
            testRun().databaseUrl,
            `UPDATE registrations SET motivation = 'Corrected' WHERE event_id = $1 AND user_id = $2`,
            [eventId, participant.id],
          ),
        ['mine'],
      ],
      [
        'teams assigned',
        () => api.post(`/api/v1/events/${eventId}/teams/auto-assign`, { teamSize: 2 }, organizer),
        ['mine'],
      ],
      [
        'a teammate’s name',
        () =>
          query(
            testRun().databaseUrl,
            `UPDATE users SET full_name = 'Renamed Mate' WHERE id = $1`,
            [teammate.id],
          ),
        ['mine'],
      ],
      [
        'a mission',
        () =>
          api.post(
            `/api/v1/events/${eventId}/missions`,
            { title: 'Campus map', dueAt: '2027-07-19T18:00:00+09:00', maxScore: 10 },
            organizer,
          ),
        ['mine'],
      ],
      [
        'rooms assigned',
        async () => {
          const stay = await api.post(
            `/api/v1/events/${eventId}/accommodations`,
            {
              name: 'Bukchon Guesthouse',
              city: 'Seoul',
              timezone: 'Asia/Seoul',
              checkInOn: '2027-07-12',
              checkOutOn: '2027-07-16',
            },
            organizer,
          );
          for (const label of ['101', '102'])
            await api.post(
              `/api/v1/accommodations/${stay.body.id}/rooms`,
              { label, beds: 2 },
              organizer,
            );
          return api.post(`/api/v1/accommodations/${stay.body.id}/auto-assign`, {}, organizer);
        },
        ['mine'],
      ],
    ];
    for (const [what, change, changed] of changes) {
      const before = await tags();
      const response = await change();
      // A route's answer must be a success (a query's rows are an array).
      if (!Array.isArray(response))
        expect([what, (response as { status: number }).status < 300]).toEqual([what, true]);
      const after = await tags();
      for (const kind of ['event', 'mine'] as const) {
        if (changed.includes(kind))
          expect([what, kind, after[kind]]).not.toEqual([what, kind, before[kind]]);
        else expect([what, kind, after[kind]]).toEqual([what, kind, before[kind]]);
      }
      // The old tag no longer matches: the whole new answer comes back.
      for (const kind of changed) {
        const path = kind === 'event' ? eventPath() : minePath();
        const stale = await get(path, participant.token, before[kind]);
        expect([what, kind, stale.status]).toEqual([what, kind, 200]);
      }
    }
    const mine = JSON.parse((await get(minePath(), participant.token)).text);
    expect(mine.event.title).toBe('Renamed workshop');
    expect(mine.days).toHaveLength(1);
    expect(mine.days[0].sessions[0].title).toBe('Welcome lecture');
    expect(mine.team.members.map((member: { fullName: string }) => member.fullName)).toContain(
      'Renamed Mate',
    );
    expect(mine.missions).toHaveLength(1);
    expect(mine.accommodation.map((stay: { name: string }) => stay.name)).toEqual([
      'Bukchon Guesthouse',
    ]);
  });

  it('checks access before the tag: a stranger holding a valid tag gets the authorization error, never 304', async () => {
    const { event, mine } = await tags();
    expect((await get(eventPath(), participant.token, event)).status).toBe(304);
    for (const token of [undefined, outsider.token]) {
      const refused = await get(eventPath(), token, event);
      expect(refused.status).toBe(404);
      expect(refused.etag).toBeNull();
      expect(JSON.parse(refused.text).code).toBe('NOT_FOUND');
    }
    expect((await get(minePath(), outsider.token, mine)).status).toBe(404);
    // Staff see the event's itinerary but have no personal one: 403, even with a valid tag.
    const staff = await get(minePath(), centre.staff.token, mine);
    expect(staff.status).toBe(403);
    expect(staff.etag).toBeNull();
    // Once the participant cancels, their old tags open nothing either.
    const registration = (
      await query<{ id: string }>(
        testRun().databaseUrl,
        `SELECT id FROM registrations WHERE event_id = $1 AND user_id = $2`,
        [eventId, participant.id],
      )
    )[0]!;
    expect(
      (
        await api.post(
          `/api/v1/registrations/${registration.id}/cancel`,
          {},
          { token: participant.token },
        )
      ).status,
    ).toBe(200);
    expect((await get(eventPath(), participant.token, event)).status).toBe(404);
    expect((await get(minePath(), participant.token, mine)).status).toBe(404);
  });
});
