import { startApi, type RunningApi } from './support/api-process.js';
import { query } from './support/databases.js';
import {
  loginAdmin,
  newEvent,
  newOrganization,
  signup,
  type OrganizationFixture,
} from './support/factories.js';
import { ApiClient } from './support/http-client.js';
import { registrationBody } from './support/registration-body.js';
import { testRun } from './support/test-environment.js';

/** Country codes and zones are stored in one form whatever form they arrive in. */
describe('countries and zones are stored canonically', () => {
  let server: RunningApi;
  let api: ApiClient;
  let organization: OrganizationFixture;

  beforeAll(async () => {
    server = await startApi();
    api = new ApiClient(server.baseUrl);
    organization = await newOrganization(api, await loginAdmin(api));
  });
  afterAll(() => server.stop());

  const organizer = () => ({ token: organization.organizer.token });

  it('a quota cannot be escaped by writing the country in lower case', async () => {
    const event = await newEvent(api, organization.organizer, organization.id, {
      countryQuotas: { fr: 1, Vn: 2 },
      capacity: 10,
    });
    expect(event.countryQuotas).toEqual({ FR: 1, VN: 2 });
    await api.post(`/api/v1/events/${event.id}/publish`, undefined, organizer());

    const statuses: string[] = [];
    for (const nationality of ['FR', 'FR', 'fr', 'fR']) {
      const person = await signup(api);
      const response = await api.post(
        `/api/v1/events/${event.id}/registrations`,
        registrationBody({ nationality }),
        { token: person.token },
      );
      expect(response.status).toBe(201);
      expect(response.body.nationality).toBe('FR');
      statuses.push(response.body.status);
    }
    expect(statuses).toEqual(['confirmed', 'waitlisted', 'waitlisted', 'waitlisted']);

    const stored = await query<{ nationality: string }>(
      testRun().databaseUrl,
      'SELECT DISTINCT nationality FROM registrations WHERE event_id = $1',
      [event.id],
    );
    expect(stored).toEqual([{ nationality: 'FR' }]);

    const filtered = await api.get(
      `/api/v1/events/${event.id}/registrations?nationality=fr`,
      organizer(),
    );
    expect(filtered.status).toBe(200);
    expect(filtered.body.items).toHaveLength(4);

    // A PATCH of the quotas is normalised the same way.
    const patched = await api.patch(
      `/api/v1/events/${event.id}`,
      { countryQuotas: { fr: 2, vn: 2 } },
      organizer(),
    );
    expect(patched.status).toBe(200);
    expect(patched.body.countryQuotas).toEqual({ FR: 2, VN: 2 });
    const list = await api.get(`/api/v1/events/${event.id}/registrations`, organizer());
    expect(list.body.items.map((item: { status: string }) => item.status)).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
    ]);
  });

  it('the database refuses a nationality that is not two capital letters', async () => {
    await expect(
      query(
        testRun().databaseUrl,
        `UPDATE registrations SET nationality = 'fr' WHERE id = (SELECT id FROM registrations LIMIT 1)`,
      ),
    ).rejects.toThrow(/CHK_registrations_nationality/);
  });

  it.each([
    ['europe/paris', 'Europe/Paris'],
    ['US/Pacific', 'America/Los_Angeles'],
    ['asia/saigon', 'Asia/Ho_Chi_Minh'],
    ['ASIA/SEOUL', 'Asia/Seoul'],
    ['Asia/Rangoon', 'Asia/Yangon'],
  ])('an event in %s is stored in %s', async (given, canonical) => {
    const event = await newEvent(api, organization.organizer, organization.id, {
      timezone: given,
    });
    expect(event.timezone).toBe(canonical);
    const patched = await api.patch(`/api/v1/events/${event.id}`, { timezone: given }, organizer());
    expect(patched.body.timezone).toBe(canonical);
  });

  it('sessions store canonical zones, and the calendar has a VTIMEZONE for each TZID', async () => {
    const event = await newEvent(api, organization.organizer, organization.id, {
      timezone: 'asia/seoul',
    });
    const flight = await api.post(
      `/api/v1/events/${event.id}/sessions`,
      {
        title: 'Flight Seoul to Hanoi',
        type: 'travel',
        startsAt: '2027-07-17T08:00:00+09:00',
        endsAt: '2027-07-17T10:30:00+07:00',
        timezone: 'asia/seoul',
        endTimezone: 'Asia/Saigon',
        venue: { name: 'Incheon Airport', city: 'Incheon', country: 'kr' },
      },
      organizer(),
    );
    expect(flight.status).toBe(201);
    expect(flight.body).toMatchObject({
      timezone: 'Asia/Seoul',
      endTimezone: 'Asia/Ho_Chi_Minh',
      venue: { country: 'KR' },
    });
    const moved = await api.patch(
      `/api/v1/sessions/${flight.body.id}`,
      { timezone: 'US/Pacific' },
      organizer(),
    );
    expect(moved.body.timezone).toBe('America/Los_Angeles');

    const calendar = await api.get(`/api/v1/events/${event.id}/itinerary.ics`, organizer());
    expect(calendar.status).toBe(200);
    const ics = String(calendar.body);
    const used = new Set([...ics.matchAll(/TZID=([^:;]+)/g)].map((match) => match[1]));
    expect(used.size).toBeGreaterThan(0);
    for (const zone of used) expect(ics).toContain(`TZID:${zone}`);
    expect([...used]).toContain('America/Los_Angeles');
  });
});
