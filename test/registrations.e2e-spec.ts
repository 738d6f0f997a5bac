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

describe('registrations', () => {
  let server: RunningApi;
  let api: ApiClient;
  let centre: OrganizationFixture;
  let other: OrganizationFixture;
  let people: Account[];
  let next = 0;
  const person = () => people[next++]!;

  beforeAll(async () => {
    server = await startApi();
    api = new ApiClient(server.baseUrl);
    const admin = await loginAdmin(api);
    [centre, other] = await Promise.all([newOrganization(api, admin), newOrganization(api, admin)]);
    people = await fastUsers(testRun().databaseUrl, 200, 'applicant');
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

  const register = (eventId: string, who: Account, overrides: Record<string, unknown> = {}) =>
    api.post(`/api/v1/events/${eventId}/registrations`, registrationBody(overrides), {
      token: who.token,
    });

  const eventOf = async (eventId: string) =>
    (await api.get(`/api/v1/events/${eventId}`, { token: centre.organizer.token })).body;
  const registrationOf = async (id: string) =>
    (await api.get(`/api/v1/registrations/${id}`, { token: centre.organizer.token })).body;

  describe('seats, quotas and the waiting list', () => {
    it('one active registration per user and event; after a cancellation the user may register again', async () => {
      const event = await publishedEvent();
      const who = person();
      const first = await register(event.id, who);
      expect(first.status).toBe(201);
      const again = await register(event.id, who);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ALREADY_REGISTERED');
      expect(
        (
          await api.post(`/api/v1/registrations/${first.body.id}/cancel`, undefined, {
            token: who.token,
          })
        ).body.cancelledBy,
      ).toBe('participant');
      expect((await register(event.id, who)).status).toBe(201);
    });
  });

  describe('the window', () => {
    it('is closed for a draft (404), before it opens, after it closes and for a cancelled event (422)', async () => {
      const draft = await newEvent(api, centre.organizer, centre.id);
      expect((await register(draft.id, person())).status).toBe(404);
      const later = await publishedEvent({ registrationOpensAt: '2027-01-01T00:00:00+09:00' });
      const early = await register(later.id, person());
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('REGISTRATION_CLOSED');
      const past = await publishedEvent({ registrationClosesAt: '2026-01-01T00:00:00Z' });
      expect((await register(past.id, person())).body.code).toBe('REGISTRATION_CLOSED');
      const cancelled = await publishedEvent();
      await api.post(`/api/v1/events/${cancelled.id}/cancel`, undefined, {
        token: centre.organizer.token,
      });
      expect((await register(cancelled.id, person())).body.code).toBe('REGISTRATION_CLOSED');
    });
  });

  describe('the age rule', () => {
    it('validates the profile with details', async () => {
      const event = await publishedEvent();
      const response = await register(event.id, person(), {
        nationality: 'XX',
        dateOfBirth: '2001-02-30',
        gender: 'robot',
        emergencyContact: { name: '' },
      });
      expect(response.status).toBe(400);
      const fields = response.body.details.map((detail: { field: string }) => detail.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'nationality',
          'dateOfBirth',
          'gender',
          'emergencyContact.name',
          'emergencyContact.phone',
        ]),
      );
    });
  });

  describe('approval', () => {
    it('pending holds no seat; approve confirms, or waitlists when full; reject records the reason', async () => {
      const event = await publishedEvent({ capacity: 1, requiresApproval: true });
      const a = (await register(event.id, person())).body;
      const b = (await register(event.id, person())).body;
      const c = (await register(event.id, person())).body;
      expect([a.status, b.status, c.status]).toEqual(['pending', 'pending', 'pending']);
      expect(await eventOf(event.id)).toMatchObject({ seatsTaken: 0, pendingCount: 3 });

      expect(
        (
          await api.post(`/api/v1/registrations/${a.id}/approve`, undefined, {
            token: centre.organizer.token,
          })
        ).body.status,
      ).toBe('confirmed');
      expect(
        (
          await api.post(`/api/v1/registrations/${a.id}/approve`, undefined, {
            token: centre.organizer.token,
          })
        ).body.code,
      ).toBe('INVALID_STATE');
      expect(
        (
          await api.post(`/api/v1/registrations/${b.id}/approve`, undefined, {
            token: centre.organizer.token,
          })
        ).body,
      ).toMatchObject({
        status: 'waitlisted',
        waitlistPosition: 1,
      });
      const rejected = await api.post(
        `/api/v1/registrations/${c.id}/reject`,
        { reason: 'Outside the age range' },
        { token: centre.organizer.token },
      );
      expect(rejected.body.status).toBe('rejected');
      expect(
        (
          await api.post(
            `/api/v1/registrations/${c.id}/reject`,
            {},
            { token: centre.organizer.token },
          )
        ).body.code,
      ).toBe('INVALID_STATE');
      const history = await api.get(`/api/v1/registrations/${c.id}/history`, {
        token: c.userId === undefined ? centre.organizer.token : centre.organizer.token,
      });
      expect(history.body.items.at(-1)).toMatchObject({
        from: 'pending',
        to: 'rejected',
        by: centre.organizer.id,
        reason: 'Outside the age range',
      });

      // Rejecting the confirmed person frees the seat for the waiting list.
      await api.post(`/api/v1/registrations/${a.id}/reject`, {}, { token: centre.organizer.token });
      expect((await registrationOf(b.id)).status).toBe('confirmed');
      expect(await eventOf(event.id)).toMatchObject({
        seatsTaken: 1,
        pendingCount: 0,
        waitlistCount: 0,
      });
    });
  });

  describe('event cancellation', () => {
    it('cancels every active registration with cancelledBy "event" and promotes no one', async () => {
      const event = await publishedEvent({ capacity: 2 });
      const made = [];
      for (let index = 0; index < 4; index += 1)
        made.push((await register(event.id, person())).body);
      const cancelled = await api.post(`/api/v1/events/${event.id}/cancel`, undefined, {
        token: centre.organizer.token,
      });
      expect(cancelled.body).toMatchObject({
        status: 'cancelled',
        seatsTaken: 0,
        waitlistCount: 0,
        pendingCount: 0,
      });
      for (const registration of made)
        expect(await registrationOf(registration.id)).toMatchObject({
          status: 'cancelled',
          cancelledBy: 'event',
        });
      const history = await api.get(`/api/v1/registrations/${made[2].id}/history`, {
        token: centre.organizer.token,
      });
      expect(history.body.items.map((item: { to: string }) => item.to)).toEqual([
        'waitlisted',
        'cancelled',
      ]);
    });
  });

  describe('visibility and authorization', () => {
    it('the registrant, organizers and event staff see a registration; others get 404 and may not act', async () => {
      const event = await publishedEvent({ requiresApproval: true });
      await api.post(
        `/api/v1/events/${event.id}/staff`,
        { email: centre.staff.email },
        { token: centre.organizer.token },
      );
      const registrant = person();
      const stranger = person();
      const registration = (await register(event.id, registrant)).body;
      const otherEvent = await publishedEvent();
      const otherStaff = (await fastUsers(testRun().databaseUrl, 1, 'otherstaff'))[0]!;
      await api.post(
        `/api/v1/organizations/${centre.id}/members`,
        { email: otherStaff.email, role: 'staff' },
        { token: centre.organizer.token },
      );
      await api.post(
        `/api/v1/events/${otherEvent.id}/staff`,
        { email: otherStaff.email },
        { token: centre.organizer.token },
      );

      const path = `/api/v1/registrations/${registration.id}`;
      for (const who of [registrant, centre.organizer, centre.staff]) {
        expect((await api.get(path, { token: who.token })).status).toBe(200);
        expect((await api.get(`${path}/history`, { token: who.token })).status).toBe(200);
      }
      for (const who of [stranger, otherStaff, other.organizer]) {
        expect((await api.get(path, { token: who.token })).status).toBe(404);
        expect((await api.get(`${path}/history`, { token: who.token })).status).toBe(404);
        expect((await api.post(`${path}/approve`, undefined, { token: who.token })).status).toBe(
          404,
        );
        expect((await api.post(`${path}/reject`, {}, { token: who.token })).status).toBe(404);
        expect((await api.post(`${path}/cancel`, undefined, { token: who.token })).status).toBe(
          404,
        );
      }
      // Seen but not allowed: 403.
      for (const who of [registrant, centre.staff]) {
        expect((await api.post(`${path}/approve`, undefined, { token: who.token })).status).toBe(
          403,
        );
        expect((await api.post(`${path}/reject`, {}, { token: who.token })).status).toBe(403);
      }
      expect(
        (await api.post(`${path}/cancel`, undefined, { token: centre.staff.token })).status,
      ).toBe(403);

      const list = `/api/v1/events/${event.id}/registrations`;
      expect(
        (await api.get(list, { token: centre.staff.token })).body.items.map(
          (item: { id: string }) => item.id,
        ),
      ).toEqual([registration.id]);
      for (const who of [registrant, stranger, otherStaff, other.organizer])
        expect((await api.get(list, { token: who.token })).status).toBe(403);
      expect(
        (await api.get(`/api/v1/events/${event.id}/registrations.csv`, { token: registrant.token }))
          .status,
      ).toBe(403);
      expect(
        (await api.get(`/api/v1/events/${event.id}/notifications`, { token: registrant.token }))
          .status,
      ).toBe(403);

      const mine = await api.get('/api/v1/me/registrations', { token: registrant.token });
      expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([registration.id]);
      expect(
        (await api.get('/api/v1/me/registrations', { token: stranger.token })).body.items,
      ).toEqual([]);
      expect(
        (await api.post(`${path}/cancel`, undefined, { token: registrant.token })).status,
      ).toBe(200);
    });

    it('lists with filters and pages', async () => {
      const event = await publishedEvent({ capacity: 3, countryQuotas: {} });
      for (const nationality of ['VN', 'TH', 'VN', 'KR', 'VN'])
        await register(event.id, person(), { nationality });
      const page = async (query: string) =>
        (
          await api.get(`/api/v1/events/${event.id}/registrations?${query}`, {
            token: centre.organizer.token,
          })
        ).body;
      expect((await page('nationality=VN')).items).toHaveLength(3);
      expect(
        (await page('status=waitlisted')).items.map(
          (item: { waitlistPosition: number }) => item.waitlistPosition,
        ),
      ).toEqual([1, 2]);
      const first = await page('limit=2');
      const second = await page(`limit=2&cursor=${first.nextCursor}`);
      const third = await page(`limit=2&cursor=${second.nextCursor}`);
      expect(
        [...first.items, ...second.items, ...third.items].map((item: { id: string }) => item.id),
      ).toHaveLength(5);
      expect(third.nextCursor).toBeNull();
      expect(
        (
          await api.get(`/api/v1/events/${event.id}/registrations?status=lost`, {
            token: centre.organizer.token,
          })
        ).status,
      ).toBe(400);
    });
  });

  describe('CSV export', () => {
    it('is UTF-8 with a BOM and a header, keeps every script intact, neutralises formulas, and has medical notes only on request', async () => {
      const event = await publishedEvent({ countryQuotas: {} });
      const names = ['김민준', 'สมชาย ใจดี', 'Nguyễn Thị Linh', 'အောင်ကိုကို'];
      const applicants = await fastUsers(testRun().databaseUrl, 4, 'csv', names);
      const nationalities = ['KR', 'TH', 'VN', 'MM'];
      for (const [index, applicant] of applicants.entries()) {
        await register(event.id, applicant, {
          nationality: nationalities[index],
          motivation: index === 0 ? '=HYPERLINK("http://evil.example","click")' : 'Peace',
          medicalNotes: 'Peanut allergy',
        });
      }
      const response = await fetch(
        `${server.baseUrl}/api/v1/events/${event.id}/registrations.csv`,
        { headers: { authorization: `Bearer ${centre.organizer.token}` } },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      const [header, ...rows] = text.trim().split('\r\n');
      expect(header!.split(',')).toEqual(
        expect.arrayContaining([
          'registrationId',
          'status',
          'fullName',
          'nationality',
          'emergencyContactPhone',
        ]),
      );
      expect(header).not.toContain('medicalNotes');
      expect(rows).toHaveLength(4);
      for (const name of names) expect(text).toContain(name);
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
      expect(text).toContain(`'+84 912 345 678`);
      expect(text).not.toContain('Peanut allergy');

      const withMedical = await fetch(
        `${server.baseUrl}/api/v1/events/${event.id}/registrations.csv?include=medical`,
        { headers: { authorization: `Bearer ${centre.staff.token}` } },
      );
      expect(withMedical.status).toBe(403); // not this event's staff
      const organizerMedical = await fetch(
        `${server.baseUrl}/api/v1/events/${event.id}/registrations.csv?include=medical`,
        { headers: { authorization: `Bearer ${centre.organizer.token}` } },
      );
      const medicalText = await organizerMedical.text();
      expect(medicalText.split('\r\n')[0]).toContain('medicalNotes');
      expect(medicalText.match(/Peanut allergy/g)).toHaveLength(4);
    });
  });
});
