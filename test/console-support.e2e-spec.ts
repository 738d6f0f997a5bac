import { performance } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { digestJobId } from '#core/digests/index.js';
import { localTime } from '#core/itinerary/index.js';
import { startApi, type RunningApi } from './support/api-process.js';
import { query } from './support/databases.js';
import {
  loginAdmin,
  newEvent,
  newOrganization,
  signup,
  type Account,
  type OrganizationFixture,
} from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { ApiClient } from './support/http-client.js';
import { liveEvent, registerAll } from './support/live-programme.js';
import { registrationBody } from './support/registration-body.js';
import { SmtpSink } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import { REDIS_URL, testRun } from './support/test-environment.js';
import { until } from './support/timing.js';

interface Listed {
  id: string;
  fullName: string;
  email: string;
  status: string;
  nationality: string;
}

describe('console support', () => {
  let server: RunningApi;
  let api: ApiClient;
  let centre: OrganizationFixture;
  let other: OrganizationFixture;
  const db = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    query<T>(testRun().databaseUrl, sql, params);

  beforeAll(async () => {
    server = await startApi();
    api = new ApiClient(server.baseUrl);
    const admin = await loginAdmin(api);
    [centre, other] = await Promise.all([newOrganization(api, admin), newOrganization(api, admin)]);
  });
  afterAll(() => server?.stop());

  async function publishedEvent(overrides: Record<string, unknown> = {}) {
    const event = await newEvent(api, centre.organizer, centre.id, overrides);
    const published = await api.post(`/api/v1/events/${event.id}/publish`, undefined, {
      token: centre.organizer.token,
    });
    expect(published.status).toBe(200);
    return published.body as { id: string; [field: string]: unknown };
  }

  const register = async (
    eventId: string,
    who: Account,
    overrides: Record<string, unknown> = {},
  ) => {
    const response = await api.post(
      `/api/v1/events/${eventId}/registrations`,
      registrationBody(overrides),
      { token: who.token },
    );
    expect(response.status).toBe(201);
    return response.body as { id: string; status: string };
  };

  const addStaff = async (eventId: string) =>
    expect(
      (
        await api.post(
          `/api/v1/events/${eventId}/staff`,
          { email: centre.staff.email },
          { token: centre.organizer.token },
        )
      ).status,
    ).toBe(201);

  describe('registrant search (?q=)', () => {
    const names = [
      'Nguyễn Thị Ánh',
      'Đặng Văn Đức',
      'Kim Anh',
      'NGUYEN VAN BINH',
      'Trần Minh Khoa',
      'Lê Hoàng Anh',
    ];
    const nationalities = ['VN', 'VN', 'KR', 'VN', 'VN', 'VN'];
    let eventId: string;
    let people: Account[];
    const registrations: { id: string }[] = [];

    beforeAll(async () => {
      eventId = (await publishedEvent({ capacity: 100, countryQuotas: {} })).id;
      await addStaff(eventId);
      people = await fastUsers(testRun().databaseUrl, names.length, 'console', names);
      for (const [index, person] of people.entries())
        registrations.push(await register(eventId, person, { nationality: nationalities[index] }));
      // Lê Hoàng Anh cancels: still listed, with status cancelled.
      const cancelled = await api.post(
        `/api/v1/registrations/${registrations[5]!.id}/cancel`,
        undefined,
        { token: people[5]!.token },
      );
      expect(cancelled.status).toBe(200);
    });

    const search = async (params: Record<string, string>, token = centre.organizer.token) => {
      const response = await api.get(
        `/api/v1/events/${eventId}/registrations?${new URLSearchParams(params)}`,
        { token },
      );
      return response as {
        status: number;
        body: {
          items: Listed[];
          nextCursor: string | null;
          code?: string;
          details?: { field: string }[];
        };
      };
    };
    const namesFound = async (params: Record<string, string>) => {
      const response = await search(params);
      expect(response.status).toBe(200);
      return response.body.items.map((item) => item.fullName);
    };

    it('matches names whatever the case and accents, both ways, đ as d', async () => {
      expect(await namesFound({ q: 'nguyen' })).toEqual(['Nguyễn Thị Ánh', 'NGUYEN VAN BINH']);
      expect(await namesFound({ q: 'Nguyễn' })).toEqual(['Nguyễn Thị Ánh', 'NGUYEN VAN BINH']);
      expect(await namesFound({ q: 'Ánh' })).toEqual(['Nguyễn Thị Ánh', 'Kim Anh', 'Lê Hoàng Anh']);
      expect(await namesFound({ q: 'ANH' })).toEqual(['Nguyễn Thị Ánh', 'Kim Anh', 'Lê Hoàng Anh']);
      expect(await namesFound({ q: 'dang duc' })).toEqual(['Đặng Văn Đức']);
      expect(await namesFound({ q: 'ĐỨC' })).toEqual(['Đặng Văn Đức']);
      expect(await namesFound({ q: 'van' })).toEqual(['Đặng Văn Đức', 'NGUYEN VAN BINH']);
    });

    it('every word must match, in any order', async () => {
      expect(await namesFound({ q: 'anh nguyen' })).toEqual(['Nguyễn Thị Ánh']);
      expect(await namesFound({ q: '  thi   ánh ' })).toEqual(['Nguyễn Thị Ánh']);
      expect(await namesFound({ q: 'nguyen khoa' })).toEqual([]);
    });

    it('matches emails, whatever the case', async () => {
      expect(await namesFound({ q: people[4]!.email.toUpperCase() })).toEqual(['Trần Minh Khoa']);
      expect(await namesFound({ q: people[4]!.email.split('@')[0]! })).toEqual(['Trần Minh Khoa']);
      expect(await namesFound({ q: '@gofar.test' })).toHaveLength(names.length);
    });

    it('wildcards are plain characters; blank is no search', async () => {
      expect(await namesFound({ q: '%' })).toEqual([]);
      expect(await namesFound({ q: '_' })).toEqual([]);
      expect(await namesFound({ q: 'a\\' })).toEqual([]);
      expect(await namesFound({ q: '   ' })).toHaveLength(names.length);
    });

    it('combines with status and nationality', async () => {
      expect(await namesFound({ q: 'anh', status: 'confirmed' })).toEqual([
        'Nguyễn Thị Ánh',
        'Kim Anh',
      ]);
      expect(await namesFound({ q: 'anh', status: 'cancelled' })).toEqual(['Lê Hoàng Anh']);
      expect(await namesFound({ q: 'anh', nationality: 'kr' })).toEqual(['Kim Anh']);
      expect(await namesFound({ q: 'anh', nationality: 'VN', status: 'confirmed' })).toEqual([
        'Nguyễn Thị Ánh',
      ]);
    });

    it('pages with limit and cursor, in registration order', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const params: Record<string, string> = { q: 'a', limit: '2' };
        if (cursor) params.cursor = cursor;
        const page = await search(params);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((item) => item.fullName));
        cursor = page.body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      // Every name has an a once folded (Đặng → dang, Trần → tran).
      expect(seen).toEqual(names);
      expect(pages).toBe(3);
    });

    it('refuses a search that is too long or has control characters (400)', async () => {
      const long = await search({ q: 'a'.repeat(101) });
      expect(long.status).toBe(400);
      expect(long.body.code).toBe('VALIDATION_FAILED');
      expect(long.body.details?.map((detail) => detail.field)).toContain('q');
      expect((await search({ q: 'a'.repeat(100) })).status).toBe(200);
      expect((await search({ q: 'an\u0007h' })).status).toBe(400);
      expect((await search({ q: 'an\nh' })).status).toBe(400);
    });

    it('event staff may search; a participant gets 403, other organizers of a draft 404', async () => {
      expect((await search({ q: 'anh' }, centre.staff.token)).body.items).toHaveLength(3);
      expect((await search({ q: 'anh' }, people[0]!.token)).status).toBe(403);
      expect((await search({ q: 'anh' }, other.organizer.token)).status).toBe(403);
      const draft = await newEvent(api, centre.organizer, centre.id);
      const inDraft = (token: string) =>
        api.get(`/api/v1/events/${draft.id}/registrations?q=anh`, { token });
      expect((await inDraft(other.organizer.token)).status).toBe(404);
      expect((await inDraft(people[0]!.token)).status).toBe(404);
      expect((await inDraft(centre.organizer.token)).status).toBe(200);
    });

    it('the CSV export takes the same filters', async () => {
      const response = await fetch(
        `${server.baseUrl}/api/v1/events/${eventId}/registrations.csv?q=anh&status=confirmed`,
        { headers: { authorization: `Bearer ${centre.organizer.token}` } },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const lines = (await response.text()).trim().split(/\r?\n/);
      expect(lines).toHaveLength(3); // header + two
      expect(lines.some((line) => line.includes('Nguyễn Thị Ánh'))).toBe(true);
      expect(lines.some((line) => line.includes('Kim Anh'))).toBe(true);
      const bad = await api.get(
        `/api/v1/events/${eventId}/registrations.csv?q=${'x'.repeat(101)}`,
        {
          token: centre.organizer.token,
        },
      );
      expect(bad.status).toBe(400);
    });

    it('is described in the OpenAPI document', async () => {
      const document = (await api.get('/docs-json')).body;
      const list = document.paths['/api/v1/events/{id}/registrations'].get;
      const q = list.parameters.find((parameter: { name: string }) => parameter.name === 'q');
      expect(q).toMatchObject({ in: 'query', required: false, schema: { maxLength: 100 } });
      const csv = document.paths['/api/v1/events/{id}/registrations.csv'].get;
      expect(csv.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
        expect.arrayContaining(['q', 'status', 'nationality', 'include']),
      );
    });
  });

  describe('stats', () => {
    it('counts seats, the waiting list, countries and registrations per day in the event’s zone', async () => {
      const event = await publishedEvent({
        capacity: 3,
        countryQuotas: { VN: 2 },
        timezone: 'Asia/Seoul',
      });
      await addStaff(event.id);
      const people = await fastUsers(testRun().databaseUrl, 5, 'stats');
      const made = [];
      for (const [index, nationality] of ['VN', 'VN', 'KR', 'TH', 'VN'].entries())
        made.push(await register(event.id, people[index]!, { nationality }));
      expect(made.map((registration) => registration.status)).toEqual([
        'confirmed',
        'confirmed',
        'confirmed',
        'waitlisted',
        'waitlisted',
      ]);
      // The KR seat frees up: TH (below any quota) is promoted, VN (at its quota) waits.
      expect(
        (
          await api.post(`/api/v1/registrations/${made[2]!.id}/cancel`, undefined, {
            token: people[2]!.token,
          })
        ).status,
      ).toBe(200);
      // Registration times on both sides of Seoul's midnight (15:00 UTC).
      const createdAt = [
        '2027-05-01T14:30:00Z', // Seoul 1 May 23:30
        '2027-05-01T15:30:00Z', // Seoul 2 May 00:30 (still 1 May in UTC)
        '2027-05-01T23:00:00Z', // Seoul 2 May 08:00
        '2027-05-02T16:00:00Z', // Seoul 3 May 01:00 (2 May in UTC)
        '2027-05-02T10:00:00Z', // Seoul 2 May 19:00
      ];
      for (const [index, registration] of made.entries())
        await db(`UPDATE registrations SET created_at = $2 WHERE id = $1`, [
          registration.id,
          createdAt[index],
        ]);

      // Today's notifications, as the delivery log holds them (the event's own rows replaced).
      const today = DateTime.now().setZone('Asia/Seoul').startOf('day');
      await db(`DELETE FROM notifications WHERE event_id = $1`, [event.id]);
      const log = [
        ['sent', today.plus({ seconds: 1 }), DateTime.now()],
        ['sent', today.plus({ seconds: 2 }), DateTime.now()],
        ['sent', today.minus({ hours: 2 }), today.minus({ hours: 1 })], // sent yesterday
        ['failed', today.plus({ seconds: 3 }), null],
        ['scheduled', today.plus({ seconds: 4 }), null],
        ['scheduled', today.plus({ hours: 23, minutes: 59 }), null],
        ['scheduled', today.plus({ days: 1, hours: 1 }), null], // tomorrow
        ['skipped', today.plus({ seconds: 5 }), null],
      ] as const;
      for (const [status, fireAt, sentAt] of log)
        await db(
          `INSERT INTO notifications (kind, subject_id, recipient_id, fire_at, event_id, status, sent_at)
           VALUES ('event_reminder', $1, $2, $3, $1, $4, $5)`,
          [event.id, centre.organizer.id, fireAt.toJSDate(), status, sentAt?.toJSDate() ?? null],
        );

      for (const token of [centre.organizer.token, centre.staff.token]) {
        const response = await api.get(`/api/v1/events/${event.id}/stats`, { token });
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe('private, no-cache');
        expect(response.body).toEqual({
          eventId: event.id,
          timezone: 'Asia/Seoul',
          capacity: 3,
          seatsTaken: 3,
          seatsLeft: 0,
          waitlistCount: 1,
          pendingCount: 0,
          cancelledCount: 1,
          rejectedCount: 0,
          confirmedByCountry: { TH: 1, VN: 2 },
          countryQuotas: { VN: 2 },
          defaultCountryQuota: null,
          registrationsPerDay: [
            { date: '2027-05-01', count: 1 },
            { date: '2027-05-02', count: 3 },
            { date: '2027-05-03', count: 1 },
          ],
          today: today.toISODate(),
          notificationsToday: { sent: 2, failed: 1, scheduled: 2 },
        });
      }
      // The same figures as the event itself.
      const shown = (await api.get(`/api/v1/events/${event.id}`, { token: centre.organizer.token }))
        .body;
      expect(shown).toMatchObject({ seatsTaken: 3, waitlistCount: 1, pendingCount: 0 });

      expect(
        (await api.get(`/api/v1/events/${event.id}/stats`, { token: people[0]!.token })).status,
      ).toBe(403);
      expect(
        (await api.get(`/api/v1/events/${event.id}/stats`, { token: other.organizer.token }))
          .status,
      ).toBe(403);
      const draft = await newEvent(api, centre.organizer, centre.id);
      expect(
        (await api.get(`/api/v1/events/${draft.id}/stats`, { token: other.organizer.token }))
          .status,
      ).toBe(404);
      expect(
        (await api.get(`/api/v1/events/${draft.id}/stats`, { token: people[0]!.token })).status,
      ).toBe(404);
      expect((await api.get(`/api/v1/events/${draft.id}/stats`)).status).toBe(401);
      const empty = await api.get(`/api/v1/events/${draft.id}/stats`, {
        token: centre.organizer.token,
      });
      expect(empty.body).toMatchObject({
        seatsTaken: 0,
        confirmedByCountry: {},
        registrationsPerDay: [],
        notificationsToday: { sent: 0, failed: 0, scheduled: 0 },
      });
    });

    it('counts pending registrations of an event that requires approval', async () => {
      const event = await publishedEvent({ requiresApproval: true, countryQuotas: {} });
      const people = await fastUsers(testRun().databaseUrl, 3, 'pending');
      const made = [];
      for (const person of people) made.push(await register(event.id, person));
      await api.post(`/api/v1/registrations/${made[0]!.id}/approve`, undefined, {
        token: centre.organizer.token,
      });
      await api.post(
        `/api/v1/registrations/${made[1]!.id}/reject`,
        { reason: 'Programme full of applicants from this school' },
        { token: centre.organizer.token },
      );
      const stats = (
        await api.get(`/api/v1/events/${event.id}/stats`, { token: centre.organizer.token })
      ).body;
      expect(stats).toMatchObject({
        seatsTaken: 1,
        pendingCount: 1,
        rejectedCount: 1,
        confirmedByCountry: { VN: 1 },
      });
    });
  });

  describe('digest (JSON)', () => {
    let event: { id: string };
    let people: Account[];

    beforeAll(async () => {
      // Seoul from 12 July, Hanoi from 17 July (2027).
      event = await newEvent(api, centre.organizer, centre.id, {
        title: 'Seoul to Hanoi Youth Workshop',
        startsOn: '2027-07-12',
        endsOn: '2027-07-20',
        countryQuotas: {},
      });
      const sessions = [
        ['Opening ceremony', '2027-07-13T09:00:00+09:00', 'Asia/Seoul', 'Asia/Seoul', 'COEX Hall'],
        ['Palace visit', '2027-07-13T14:00:00+09:00', 'Asia/Seoul', 'Asia/Seoul', null],
        // A flight: starts in Seoul time on the 17th, lands in Hanoi time.
        [
          'Flight ICN → HAN',
          '2027-07-17T10:00:00+09:00',
          'Asia/Seoul',
          'Asia/Ho_Chi_Minh',
          'Incheon Airport',
        ],
        [
          'Temple of Literature',
          '2027-07-18T08:30:00+07:00',
          'Asia/Ho_Chi_Minh',
          'Asia/Ho_Chi_Minh',
          'Temple gate',
        ],
      ] as const;
      for (const [title, startsAt, timezone, endTimezone, venue] of sessions) {
        const created = await api.post(
          `/api/v1/events/${event.id}/sessions`,
          {
            title,
            type: 'lecture',
            startsAt,
            endsAt: new Date(new Date(startsAt).getTime() + 2 * 3600_000).toISOString(),
            timezone,
            endTimezone,
            venue: venue ? { name: venue, city: 'Seoul', country: 'KR' } : undefined,
          },
          { token: centre.organizer.token },
        );
        expect(created.status).toBe(201);
      }
      expect(
        (
          await api.post(`/api/v1/events/${event.id}/publish`, undefined, {
            token: centre.organizer.token,
          })
        ).status,
      ).toBe(200);
      await addStaff(event.id);
      people = await fastUsers(testRun().databaseUrl, 3, 'digest', [
        'Phạm Thu Hà',
        'Park Ji-woo',
        'Somchai Dee',
      ]);
      await register(event.id, people[0]!, { dietaryRequirements: ['vegetarian', 'halal'] });
      await register(event.id, people[1]!, {
        nationality: 'KR',
        medicalNotes: null,
        dietaryRequirements: [],
      });
      const third = await register(event.id, people[2]!, { nationality: 'TH' });
      await api.post(`/api/v1/registrations/${third.id}/cancel`, undefined, {
        token: people[2]!.token,
      });
      // The cancellation happened between the Seoul and Hanoi digests (15 July, Seoul time).
      await db(
        `UPDATE registration_changes SET at = '2027-07-15T03:00:00Z'
          WHERE registration_id = $1 AND to_status = 'cancelled'`,
        [third.id],
      );
    });

    const digestOf = (date: string | undefined, token = centre.organizer.token) =>
      api.get(`/api/v1/events/${event.id}/digest${date ? `?date=${date}` : ''}`, { token });

    it('a Seoul day: its sessions in Seoul time, head count, needs, medical notes, the changes since publication', async () => {
      const response = await digestOf('2027-07-13');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const digest = response.body;
      expect(digest).toMatchObject({
        eventId: event.id,
        eventTitle: 'Seoul to Hanoi Youth Workshop',
        date: '2027-07-13',
        timezone: 'Asia/Seoul',
        digestAt: '2027-07-12T22:00:00.000Z', // 07:00 in Seoul
        scheduled: true,
        confirmed: 2,
        dietary: [
          { need: 'halal', count: 1 },
          { need: 'vegetarian', count: 1 },
        ],
        withMedicalNotes: 1,
        participantsWithMedicalNotes: [
          {
            fullName: 'Phạm Thu Hà',
            nationality: 'VN',
            medicalNotes: 'Asthma: carries an inhaler',
          },
        ],
        changesUntil: '2027-07-12T22:00:00.000Z',
        changeCount: 3,
      });
      expect(
        digest.sessions.map((session: Record<string, string>) => [
          session.title,
          session.localDate,
          session.localStart,
          session.localEnd,
          session.timezone,
        ]),
      ).toEqual([
        ['Opening ceremony', '2027-07-13', '09:00', '11:00', 'Asia/Seoul'],
        ['Palace visit', '2027-07-13', '14:00', '16:00', 'Asia/Seoul'],
      ]);
      expect(
        digest.changes.map((change: Record<string, string>) => [
          change.fullName,
          change.from,
          change.to,
        ]),
      ).toEqual([
        ['Phạm Thu Hà', null, 'confirmed'],
        ['Park Ji-woo', null, 'confirmed'],
        ['Somchai Dee', null, 'confirmed'],
      ]);
    });

    it('a travel day begins in Seoul; a Hanoi day is in Hanoi time with the changes since the previous digest', async () => {
      const travel = (await digestOf('2027-07-17')).body;
      expect(travel).toMatchObject({
        timezone: 'Asia/Seoul',
        digestAt: '2027-07-16T22:00:00.000Z',
      });
      expect(travel.sessions).toEqual([
        expect.objectContaining({
          title: 'Flight ICN → HAN',
          localStart: '10:00',
          localEnd: '10:00', // 12:00 in Seoul is 10:00 in Hanoi
          endTimezone: 'Asia/Ho_Chi_Minh',
        }),
      ]);
      expect(travel).toMatchObject({ changesSince: '2027-07-12T22:00:00.000Z', changeCount: 1 });

      const hanoi = (await digestOf('2027-07-18')).body;
      expect(hanoi).toMatchObject({
        date: '2027-07-18',
        timezone: 'Asia/Ho_Chi_Minh',
        digestAt: '2027-07-18T00:00:00.000Z', // 07:00 in Hanoi
        changesSince: '2027-07-16T22:00:00.000Z', // the travel day's digest
        changeCount: 0,
        changes: [],
        confirmed: 2,
      });
      expect(
        hanoi.sessions.map((session: Record<string, string>) => [
          session.title,
          session.localStart,
        ]),
      ).toEqual([['Temple of Literature', '08:30']]);
      // The cancellation on 15 July is in the travel day's window.
      expect(travel.changes).toEqual([
        expect.objectContaining({
          fullName: 'Somchai Dee',
          nationality: 'TH',
          from: 'confirmed',
          to: 'cancelled',
          at: '2027-07-15T03:00:00.000Z',
        }),
      ]);
    });

    it('a day without sessions is in the event’s zone and not scheduled; the date defaults to today', async () => {
      const free = (await digestOf('2027-07-14')).body;
      expect(free).toMatchObject({ scheduled: false, sessions: [], timezone: 'Asia/Seoul' });
      const today = (await digestOf(undefined)).body;
      expect(today.date).toBe(DateTime.now().setZone('Asia/Seoul').toISODate());
      expect(today.scheduled).toBe(false);
    });

    it('refuses a malformed date (400) and keeps it to the event’s team', async () => {
      for (const date of ['2027-7-13', '2027-02-30', 'tomorrow', '13/07/2027']) {
        const response = await digestOf(date);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
      }
      expect((await digestOf('2027-07-13', centre.staff.token)).status).toBe(200);
      expect((await digestOf('2027-07-13', people[0]!.token)).status).toBe(403);
      expect((await digestOf('2027-07-13', other.organizer.token)).status).toBe(403);
      expect((await digestOf('2027-07-13', (await signup(api, 'stranger')).token)).status).toBe(
        403,
      );
      const draft = await newEvent(api, centre.organizer, centre.id);
      const ofDraft = await api.get(`/api/v1/events/${draft.id}/digest`, {
        token: other.organizer.token,
      });
      expect(ofDraft.status).toBe(404);
      expect(ofDraft.headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('search latency on 5,000 registrations', () => {
    it('answers a filtered search well within 300 ms', async () => {
      const event = await publishedEvent({ capacity: 100_000, countryQuotas: {} });
      const family = [
        'Nguyễn',
        'Trần',
        'Lê',
        'Phạm',
        'Đặng',
        'Kim',
        'Park',
        'Srisai',
        'Santos',
        'Tan',
      ];
      const middle = ['Thị', 'Văn', 'Minh', 'Hoàng', 'Ji', 'Anh', 'Mei', 'Jose'];
      const given = ['Ánh', 'Đức', 'Hà', 'Lan', 'Woo', 'Somchai', 'Maria', 'Wei', 'Linh', 'Khoa'];
      const count = 5000;
      const names = Array.from(
        { length: count },
        (_, index) =>
          `${family[index % 10]} ${middle[Math.floor(index / 100) % 8]} ${given[Math.floor(index / 10) % 10]} ${index}`,
      );
      const people = await fastUsers(testRun().databaseUrl, count, 'bulk', names);
      const countries = ['VN', 'KR', 'TH', 'ID', 'PH', 'MY', 'SG', 'KH', 'LA', 'MM', 'BN'];
      await db(
        `INSERT INTO registrations (event_id, user_id, status, nationality, date_of_birth, emergency_contact, medical_notes)
         SELECT $1, t.user_id, t.status, t.nationality, '2001-04-09',
                '{"name":"Kim","phone":"+82 10 1234 5678","relationship":"mother"}'::jsonb, NULL
           FROM unnest($2::uuid[], $3::text[], $4::text[]) AS t(user_id, status, nationality)`,
        [
          event.id,
          people.map((person) => person.id),
          people.map((_, index) =>
            index % 9 === 0 ? 'cancelled' : index % 5 === 0 ? 'waitlisted' : 'confirmed',
          ),
          people.map((_, index) => countries[index % countries.length]),
        ],
      );
      await db('ANALYZE registrations');
      await db('ANALYZE users');

      const searches = [
        { q: 'nguyen' },
        { q: 'dang duc' },
        { q: 'ánh', status: 'confirmed', nationality: 'VN' },
        { q: 'bulk' },
        { q: 'NGUYEN THI ANH 4' },
      ];
      const timings: number[] = [];
      for (let round = 0; round < 3; round += 1)
        for (const params of searches) {
          const started = performance.now();
          const response = await api.get(
            `/api/v1/events/${event.id}/registrations?${new URLSearchParams(params)}`,
            { token: centre.organizer.token },
          );
          timings.push(performance.now() - started);
          expect(response.status).toBe(200);
          expect(response.body.items.length).toBeGreaterThan(0);
        }
      timings.sort((a, b) => a - b);
      const median = timings[Math.floor(timings.length / 2)]!;
      const worst = timings.at(-1)!;
      console.log(
        `registrant search on ${count} registrations: median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms over ${timings.length} requests`,
      );
      expect(median).toBeLessThan(300);

      // Spot-check the folding on the large set.
      const found = await api.get(
        `/api/v1/events/${event.id}/registrations?q=${encodeURIComponent('đặng đức')}&limit=500`,
        { token: centre.organizer.token },
      );
      expect(found.body.items.length).toBeGreaterThan(0);
      for (const item of found.body.items as Listed[]) expect(item.fullName).toMatch(/^Đặng .*Đức/);
    }, 120_000);
  });
});

describe('digest JSON and the digest email', () => {
  let sink: SmtpSink;
  let stack: Stack;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await Stack.start(sink.url);
    await stack.startWorker();
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await sink?.stop();
  });

  it('say the same about a Hanoi day', async () => {
    const admin = await loginAdmin(stack.client);
    const centre = await newOrganization(stack.client, admin);
    const zone = 'Asia/Ho_Chi_Minh';
    // Tomorrow in Hanoi: its 07:00 digest is still ahead whatever the hour now.
    const startsAt = DateTime.now()
      .setZone(zone)
      .plus({ days: 1 })
      .set({ hour: 10, minute: 0, second: 0, millisecond: 0 })
      .toJSDate();
    const event = await liveEvent(stack.client, centre.organizer, centre.id, {
      overrides: { title: 'Hanoi Console Days', timezone: zone },
      sessions: [
        { title: 'Temple of Literature visit', startsAt, venue: 'Temple gate' },
        { title: 'Team pitch rehearsal', startsAt: new Date(startsAt.getTime() + 2 * 3600_000) },
      ],
    });
    await stack.client.post(
      `/api/v1/events/${event.id}/staff`,
      { email: centre.staff.email },
      { token: centre.organizer.token },
    );
    const people = await fastUsers(stack.env.DATABASE_URL!, 3, 'digest', [
      'Vũ Thị Mai',
      'Lee Min-jun',
      'Siti Rahma',
    ]);
    await registerAll(stack.client, event.id, people.slice(0, 2));
    await registerAll(stack.client, event.id, people.slice(2), {
      nationality: 'ID',
      dietaryRequirements: ['vegetarian'],
      medicalNotes: null,
    });
    const date = localTime(startsAt, zone).date;

    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue('reminders', { connection, prefix: stack.env.QUEUE_PREFIX! });
    try {
      let job = await queue.getJob(digestJobId(event.id, date));
      const deadline = Date.now() + 20_000;
      while (!job && Date.now() < deadline) {
        await until(Date.now() + 200);
        job = await queue.getJob(digestJobId(event.id, date));
      }
      expect(job).toBeDefined();
      await job!.promote(); // as if 07:00 in Hanoi had come
    } finally {
      await queue.close();
      await connection.quit();
    }
    const digests = () =>
      sink.to(centre.staff.email).filter((mail) => mail.subject.startsWith('Today at'));
    await sink.waitFor(() => digests().length > 0, 20_000);
    const text = digests()[0]!.text;

    const response = await stack.client.get(`/api/v1/events/${event.id}/digest?date=${date}`, {
      token: centre.staff.token,
    });
    expect(response.status).toBe(200);
    const digest = response.body;
    expect(digest).toMatchObject({ date, timezone: zone, scheduled: true, confirmed: 3 });
    // Every figure and line of the email comes out of the JSON.
    expect(text).toContain(`times in ${digest.timezone}`);
    for (const session of digest.sessions)
      expect(text).toContain(
        `${session.localStart}–${session.localEnd} ${session.title}${session.venue ? `, ${session.venue.name}` : ''}`,
      );
    expect(digest.sessions).toHaveLength(2);
    expect(text).toContain(`Confirmed participants: ${digest.confirmed}.`);
    const needs = digest.dietary.map(
      (row: { need: string; count: number }) => `${row.need} ${row.count}`,
    );
    expect(needs).toEqual(['halal 2', 'vegetarian 1']);
    expect(text).toContain(`Dietary needs: ${needs.join(', ')}.`);
    expect(text).toContain(`Participants with medical notes: ${digest.withMedicalNotes} `);
    expect(digest.withMedicalNotes).toBe(2);
    // The JSON names them (organizers and staff may see the notes); the email never does.
    expect(
      digest.participantsWithMedicalNotes.map((row: { fullName: string }) => row.fullName),
    ).toEqual(['Lee Min-jun', 'Vũ Thị Mai']);
    expect(text).not.toContain('Asthma');
    expect(text).toContain(`Registration changes since the last digest (${digest.changeCount}):`);
    for (const change of digest.changes)
      expect(text).toContain(
        `${change.fullName} (${change.nationality}): ${change.from ?? 'new'} → ${change.to}`,
      );
    expect(digest.changes).toHaveLength(3);
  }, 120_000);
});
