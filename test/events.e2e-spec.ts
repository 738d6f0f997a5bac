import { startApi, type RunningApi } from './support/api-process.js';
import {
  eventBody,
  loginAdmin,
  newEvent,
  newOrganization,
  signup,
  type Account,
  type OrganizationFixture,
} from './support/factories.js';
import { ApiClient } from './support/http-client.js';

describe('events', () => {
  let server: RunningApi;
  let api: ApiClient;
  let admin: Account;
  let centre: OrganizationFixture;
  let other: OrganizationFixture;
  let participant: Account;

  beforeAll(async () => {
    server = await startApi();
    api = new ApiClient(server.baseUrl);
    admin = await loginAdmin(api);
    [centre, other, participant] = await Promise.all([
      newOrganization(api, admin),
      newOrganization(api, admin),
      signup(api),
    ]);
  });
  afterAll(() => server?.stop());

  describe('create', () => {
    it('creates a draft with defaults, local dates and zero counters', async () => {
      const response = await api.post(
        '/api/v1/events',
        eventBody(centre.id, { title: 'Seoul-Hanoi Workshop' }),
        { token: centre.organizer.token },
      );
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        organizationId: centre.id,
        title: 'Seoul-Hanoi Workshop',
        status: 'draft',
        timezone: 'Asia/Seoul',
        startsOn: '2027-07-12',
        endsOn: '2027-07-20',
        // 00:00 on 12 July in Seoul is 15:00 UTC the day before.
        startsAt: '2027-07-11T15:00:00.000Z',
        capacity: 48,
        countryQuotas: { VN: 5, KR: 8 },
        defaultCountryQuota: null,
        itineraryVisibility: 'participants',
        eventReminderOffsets: ['P7D', 'P1D'],
        sessionReminderOffsets: ['PT1H'],
        missionReminderOffsets: ['P1D'],
        seatsTaken: 0,
        seatsLeft: 48,
        waitlistCount: 0,
        pendingCount: 0,
        registrationOpensAt: null,
        registrationClosesAt: null,
      });
    });

    it('keeps instants in UTC whatever offset they came with', async () => {
      const event = await newEvent(api, centre.organizer, centre.id, {
        timezone: 'Asia/Ho_Chi_Minh',
        registrationOpensAt: '2027-03-01T09:00:00+07:00',
        registrationClosesAt: '2027-06-01T18:00:00+09:00',
      });
      expect(event.registrationOpensAt).toBe('2027-03-01T02:00:00.000Z');
      expect(event.registrationClosesAt).toBe('2027-06-01T09:00:00.000Z');
      expect(event.startsAt).toBe('2027-07-11T17:00:00.000Z');
    });

    it.each([
      ['an unknown zone', { timezone: 'Asia/Seol' }, 'timezone'],
      ['an offset instead of a zone', { timezone: '+09:00' }, 'timezone'],
      ['endsOn before startsOn', { startsOn: '2027-07-12', endsOn: '2027-07-11' }, 'endsOn'],
      ['an impossible date', { startsOn: '2027-02-30' }, 'startsOn'],
      ['capacity 0', { capacity: 0 }, 'capacity'],
      ['a fractional capacity', { capacity: 4.5 }, 'capacity'],
      ['a quota for XX', { countryQuotas: { VN: 5, XX: 3 } }, 'countryQuotas'],
      ['a negative quota', { countryQuotas: { VN: -1 } }, 'countryQuotas'],
      ['a negative default quota', { defaultCountryQuota: -1 }, 'defaultCountryQuota'],
      ['offset "tomorrow"', { eventReminderOffsets: ['P1D', 'tomorrow'] }, 'eventReminderOffsets'],
      ['a zero offset', { sessionReminderOffsets: ['PT0S'] }, 'sessionReminderOffsets'],
      ['an unknown kind', { kind: 'party' }, 'kind'],
      [
        'an instant without offset',
        { registrationOpensAt: '2027-03-01T09:00:00' },
        'registrationOpensAt',
      ],
      [
        'a window that closes before it opens',
        {
          registrationOpensAt: '2027-03-02T00:00:00Z',
          registrationClosesAt: '2027-03-01T00:00:00Z',
        },
        'registrationClosesAt',
      ],
      ['an unknown field', { venueSize: 'large' }, 'venueSize'],
    ])('400 VALIDATION_FAILED for %s', async (_case, overrides, field) => {
      const response = await api.post('/api/v1/events', eventBody(centre.id, overrides), {
        token: centre.organizer.token,
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field,
            constraint: expect.any(String),
            message: expect.any(String),
          }),
        ]),
      );
    });

    it('lists every problem at once', async () => {
      const response = await api.post(
        '/api/v1/events',
        eventBody(centre.id, { timezone: 'Asia/Seol', capacity: 0, countryQuotas: { XX: 1 } }),
        { token: centre.organizer.token },
      );
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual(
        expect.arrayContaining(['timezone', 'capacity', 'countryQuotas']),
      );
    });

    it('a participant creating an event gets 403', async () => {
      const response = await api.post('/api/v1/events', eventBody(centre.id), {
        token: participant.token,
      });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
    });

    it('staff of the organization cannot create events either', async () => {
      expect(
        (await api.post('/api/v1/events', eventBody(centre.id), { token: centre.staff.token }))
          .status,
      ).toBe(403);
    });

    it('401 without a token', async () => {
      expect((await api.post('/api/v1/events', eventBody(centre.id))).status).toBe(401);
    });
  });

  describe('visibility', () => {
    it('a draft is 404 for another organization’s organizer, participants and anonymous callers', async () => {
      const draft = await newEvent(api, centre.organizer, centre.id);
      for (const token of [other.organizer.token, participant.token, undefined]) {
        const response = await api.get(`/api/v1/events/${draft.id}`, { token });
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('NOT_FOUND');
      }
      expect(
        (
          await api.patch(
            `/api/v1/events/${draft.id}`,
            { capacity: 10 },
            { token: other.organizer.token },
          )
        ).status,
      ).toBe(404);
    });

    it('a draft is visible to its organizers and the event’s staff, not to other staff of the organization', async () => {
      const draft = await newEvent(api, centre.organizer, centre.id);
      expect(
        (await api.get(`/api/v1/events/${draft.id}`, { token: centre.organizer.token })).status,
      ).toBe(200);
      expect(
        (await api.get(`/api/v1/events/${draft.id}`, { token: centre.staff.token })).status,
      ).toBe(404);
      const added = await api.post(
        `/api/v1/events/${draft.id}/staff`,
        { email: centre.staff.email },
        { token: centre.organizer.token },
      );
      expect(added.status).toBe(201);
      expect(
        (await api.get(`/api/v1/events/${draft.id}`, { token: centre.staff.token })).status,
      ).toBe(200);
    });

    it('event staff see the draft but may not change it (403)', async () => {
      const draft = await newEvent(api, centre.organizer, centre.id);
      await api.post(
        `/api/v1/events/${draft.id}/staff`,
        { email: centre.staff.email },
        { token: centre.organizer.token },
      );
      const response = await api.patch(
        `/api/v1/events/${draft.id}`,
        { capacity: 10 },
        { token: centre.staff.token },
      );
      expect(response.status).toBe(403);
      expect(
        (
          await api.post(`/api/v1/events/${draft.id}/publish`, undefined, {
            token: centre.staff.token,
          })
        ).status,
      ).toBe(403);
    });

    it('a published event is visible to all; another organization’s organizer editing it gets 403', async () => {
      const event = await newEvent(api, centre.organizer, centre.id);
      await api.post(`/api/v1/events/${event.id}/publish`, undefined, {
        token: centre.organizer.token,
      });
      expect((await api.get(`/api/v1/events/${event.id}`)).status).toBe(200);
      expect(
        (await api.get(`/api/v1/events/${event.id}`, { token: participant.token })).status,
      ).toBe(200);
      const edit = await api.patch(
        `/api/v1/events/${event.id}`,
        { capacity: 10 },
        { token: other.organizer.token },
      );
      expect(edit.status).toBe(403);
      expect(edit.body.code).toBe('FORBIDDEN');
      expect(
        (
          await api.patch(
            `/api/v1/events/${event.id}`,
            { capacity: 10 },
            { token: participant.token },
          )
        ).status,
      ).toBe(403);
    });

    it('unknown and malformed ids are 404', async () => {
      for (const path of [
        '/api/v1/events/00000000-0000-4000-8000-000000000000',
        '/api/v1/events/not-a-uuid',
      ]) {
        const response = await api.get(path, { token: centre.organizer.token });
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('NOT_FOUND');
      }
      expect(
        (
          await api.post('/api/v1/events/00000000-0000-4000-8000-000000000000/publish', undefined, {
            token: centre.organizer.token,
          })
        ).status,
      ).toBe(404);
    });

    it('lists published events for everyone and drafts only for those who may see them', async () => {
      const organization = await newOrganization(api, admin);
      const draft = await newEvent(api, organization.organizer, organization.id, {
        startsOn: '2028-01-10',
        endsOn: '2028-01-11',
      });
      const published = await newEvent(api, organization.organizer, organization.id, {
        startsOn: '2028-01-05',
        endsOn: '2028-01-06',
      });
      await api.post(`/api/v1/events/${published.id}/publish`, undefined, {
        token: organization.organizer.token,
      });
      const ids = async (token?: string) =>
        (
          await api.get(`/api/v1/events?organizationId=${organization.id}`, { token })
        ).body.items.map((event: { id: string }) => event.id);
      expect(await ids()).toEqual([published.id]);
      expect(await ids(participant.token)).toEqual([published.id]);
      expect(await ids(other.organizer.token)).toEqual([published.id]);
      expect(await ids(organization.organizer.token)).toEqual([published.id, draft.id]);
    });

    it('paginates with limit and cursor', async () => {
      const organization = await newOrganization(api, admin);
      const created = [];
      for (const day of ['01', '02', '03', '04', '05']) {
        created.push(
          (
            await newEvent(api, organization.organizer, organization.id, {
              startsOn: `2029-03-${day}`,
              endsOn: `2029-03-${day}`,
            })
          ).id,
        );
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `/api/v1/events?organizationId=${organization.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await api.get(query, { token: organization.organizer.token });
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((event: { id: string }) => event.id));
        cursor = page.body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(seen).toEqual(created);
      expect(pages).toBe(3);
      expect((await api.get('/api/v1/events?limit=501')).status).toBe(400);
      expect((await api.get('/api/v1/events?cursor=bogus')).status).toBe(400);
    });
  });

  describe('change', () => {
    it('PATCH is partial: absent fields stay, null clears optional ones', async () => {
      const event = await newEvent(api, centre.organizer, centre.id, {
        description: 'Nine days',
        defaultCountryQuota: 2,
      });
      const response = await api.patch(
        `/api/v1/events/${event.id}`,
        { capacity: 50, description: null, defaultCountryQuota: null },
        { token: centre.organizer.token },
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        capacity: 50,
        seatsLeft: 50,
        description: null,
        defaultCountryQuota: null,
        title: event.title,
        countryQuotas: { VN: 5, KR: 8 },
      });
    });

    it('PATCH refuses null for required fields, read-only fields and the organization', async () => {
      const event = await newEvent(api, centre.organizer, centre.id);
      for (const body of [
        { title: null },
        { capacity: null },
        { seatsTaken: 3 },
        { status: 'published' },
        { organizationId: other.id },
        { startsAt: '2027-07-12T00:00:00Z' },
      ]) {
        const response = await api.patch(`/api/v1/events/${event.id}`, body, {
          token: centre.organizer.token,
        });
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('PATCH checks dates against the stored values', async () => {
      const event = await newEvent(api, centre.organizer, centre.id);
      const response = await api.patch(
        `/api/v1/events/${event.id}`,
        { endsOn: '2027-07-01' },
        { token: centre.organizer.token },
      );
      expect(response.status).toBe(400);
      expect(response.body.details[0]).toMatchObject({ field: 'endsOn' });
    });

    it('publishes once: a second publish is 409 INVALID_STATE', async () => {
      const event = await newEvent(api, centre.organizer, centre.id);
      const first = await api.post(`/api/v1/events/${event.id}/publish`, undefined, {
        token: centre.organizer.token,
      });
      expect(first.status).toBe(200);
      expect(first.body.status).toBe('published');
      expect(first.body.publishedAt).toEqual(expect.any(String));
      const second = await api.post(`/api/v1/events/${event.id}/publish`, undefined, {
        token: centre.organizer.token,
      });
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('INVALID_STATE');
    });

    it('cancels from draft or published, once; a cancelled event stays visible and cannot be edited', async () => {
      const event = await newEvent(api, centre.organizer, centre.id);
      await api.post(`/api/v1/events/${event.id}/publish`, undefined, {
        token: centre.organizer.token,
      });
      const cancelled = await api.post(`/api/v1/events/${event.id}/cancel`, undefined, {
        token: centre.organizer.token,
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe('cancelled');
      expect(
        (
          await api.post(`/api/v1/events/${event.id}/cancel`, undefined, {
            token: centre.organizer.token,
          })
        ).body.code,
      ).toBe('INVALID_STATE');
      expect(
        (
          await api.post(`/api/v1/events/${event.id}/publish`, undefined, {
            token: centre.organizer.token,
          })
        ).body.code,
      ).toBe('INVALID_STATE');
      expect(
        (
          await api.patch(
            `/api/v1/events/${event.id}`,
            { capacity: 5 },
            { token: centre.organizer.token },
          )
        ).status,
      ).toBe(409);
      expect((await api.get(`/api/v1/events/${event.id}`)).body.status).toBe('cancelled');

      const draft = await newEvent(api, centre.organizer, centre.id);
      expect(
        (
          await api.post(`/api/v1/events/${draft.id}/cancel`, undefined, {
            token: centre.organizer.token,
          })
        ).status,
      ).toBe(200);
    });

    it('two publishes at once: exactly one succeeds', async () => {
      const event = await newEvent(api, centre.organizer, centre.id);
      const results = await Promise.all(
        [1, 2, 3].map(() =>
          api.post(`/api/v1/events/${event.id}/publish`, undefined, {
            token: centre.organizer.token,
          }),
        ),
      );
      expect(results.map((result) => result.status).sort()).toEqual([200, 409, 409]);
    });
  });

  describe('staff', () => {
    it('adds, lists and removes event staff; only organization members qualify', async () => {
      const event = await newEvent(api, centre.organizer, centre.id);
      const path = `/api/v1/events/${event.id}/staff`;
      const stranger = await api.post(
        path,
        { email: participant.email },
        { token: centre.organizer.token },
      );
      expect(stranger.status).toBe(422);
      expect(stranger.body.code).toBe('NOT_A_MEMBER');

      const added = await api.post(
        path,
        { email: centre.staff.email },
        { token: centre.organizer.token },
      );
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        eventId: event.id,
        userId: centre.staff.id,
        email: centre.staff.email,
      });
      expect(
        (await api.post(path, { email: centre.staff.email }, { token: centre.organizer.token }))
          .status,
      ).toBe(200);

      const list = await api.get(path, { token: centre.staff.token });
      expect(list.body.items.map((item: { userId: string }) => item.userId)).toEqual([
        centre.staff.id,
      ]);

      expect(
        (await api.delete(`${path}/${centre.staff.id}`, { token: centre.staff.token })).status,
      ).toBe(403);
      expect(
        (await api.delete(`${path}/${centre.staff.id}`, { token: centre.organizer.token })).status,
      ).toBe(204);
      expect(
        (await api.get(`/api/v1/events/${event.id}`, { token: centre.staff.token })).status,
      ).toBe(404);
    });
  });
});
