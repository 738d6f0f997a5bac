import {
  loginAdmin,
  newEvent,
  newOrganization,
  type Account,
  type OrganizationFixture,
} from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import type { ApiClient } from './support/http-client.js';
import { registrationBody } from './support/registration-body.js';
import { Stack } from './support/stack.js';

/** Real parallel HTTP requests against two API processes sharing one database. */
describe('registration under concurrency (two API processes)', () => {
  let stack: Stack;
  let apis: ApiClient[];
  let centre: OrganizationFixture;

  beforeAll(async () => {
    stack = await Stack.start('smtp://127.0.0.1:1');
    apis = [stack.client, await stack.startApi()];
    centre = await newOrganization(stack.client, await loginAdmin(stack.client));
  });
  afterAll(() => stack?.stop());

  async function publishedEvent(overrides: Record<string, unknown>) {
    const event = await newEvent(stack.client, centre.organizer, centre.id, {
      countryQuotas: {},
      ...overrides,
    });
    await stack.client.post(`/api/v1/events/${event.id}/publish`, undefined, {
      token: centre.organizer.token,
    });
    return event;
  }

  const register = (
    index: number,
    eventId: string,
    who: Account,
    overrides: Record<string, unknown> = {},
  ) =>
    apis[index % 2]!.post(`/api/v1/events/${eventId}/registrations`, registrationBody(overrides), {
      token: who.token,
    });

  async function allRegistrations(eventId: string) {
    const items: { id: string; status: string; waitlistPosition?: number }[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: typeof items; nextCursor: string | null } } =
        await stack.client.get(
          `/api/v1/events/${eventId}/registrations?limit=500${cursor ? `&cursor=${cursor}` : ''}`,
          { token: centre.organizer.token },
        );
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  it('300 people at once for 48 seats: exactly 48 confirmed, the rest waitlisted 1..252, no 5xx', async () => {
    const event = await publishedEvent({ capacity: 48 });
    const people = await fastUsers(stack.env.DATABASE_URL!, 300, 'rush');
    const responses = await Promise.all(
      people.map((person, index) => register(index, event.id, person)),
    );
    expect(responses.filter((response) => response.status >= 500)).toEqual([]);
    expect(responses.every((response) => response.status === 201)).toBe(true);
    expect(responses.filter((response) => response.body.status === 'confirmed')).toHaveLength(48);
    expect(responses.filter((response) => response.body.status === 'waitlisted')).toHaveLength(252);

    const registrations = await allRegistrations(event.id);
    expect(
      registrations.filter((registration) => registration.status === 'confirmed'),
    ).toHaveLength(48);
    const positions = registrations
      .filter((registration) => registration.status === 'waitlisted')
      .map((registration) => registration.waitlistPosition)
      .sort((a, b) => a! - b!);
    expect(positions).toEqual(Array.from({ length: 252 }, (_, index) => index + 1));

    const shown = await stack.client.get(`/api/v1/events/${event.id}`);
    expect(shown.body).toMatchObject({ seatsTaken: 48, seatsLeft: 0, waitlistCount: 252 });
    const [counted] = await stack.query<{ confirmed: string }>(
      `SELECT count(*) AS confirmed FROM registrations WHERE event_id = $1 AND status = 'confirmed'`,
      [event.id],
    );
    expect(Number(counted!.confirmed)).toBe(48);
  });

  it('the same request ten times at once: one 201, nine 409 ALREADY_REGISTERED', async () => {
    const event = await publishedEvent({ capacity: 48 });
    const [person] = await fastUsers(stack.env.DATABASE_URL!, 1, 'twin');
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) => register(index, event.id, person!)),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([
      201,
      ...Array(9).fill(409),
    ]);
    expect(
      responses
        .filter((response) => response.status === 409)
        .every((response) => response.body.code === 'ALREADY_REGISTERED'),
    ).toBe(true);
    const rows = await stack.query(`SELECT id FROM registrations WHERE event_id = $1`, [event.id]);
    expect(rows).toHaveLength(1);
  });

  it('cancellations racing registrations never exceed capacity nor leave a seat free while someone eligible waits', async () => {
    const event = await publishedEvent({ capacity: 20, countryQuotas: { VN: 12 } });
    const people = await fastUsers(stack.env.DATABASE_URL!, 80, 'race');
    const nationality = (index: number) => (index % 3 === 0 ? 'VN' : index % 3 === 1 ? 'TH' : 'KR');
    const first = await Promise.all(
      people
        .slice(0, 40)
        .map((person, index) =>
          register(index, event.id, person, { nationality: nationality(index) }),
        ),
    );
    const confirmed = first.filter((response) => response.body.status === 'confirmed');
    expect(confirmed).toHaveLength(20);

    // Ten confirmed people cancel while forty more register, all at once, on both processes.
    const owners = new Map(
      people.slice(0, 40).map((person, index) => [first[index]!.body.id, person]),
    );
    await Promise.all([
      ...confirmed.slice(0, 10).map((response, index) =>
        apis[index % 2]!.post(`/api/v1/registrations/${response.body.id}/cancel`, undefined, {
          token: owners.get(response.body.id)!.token,
        }),
      ),
      ...people
        .slice(40)
        .map((person, index) =>
          register(index, event.id, person, { nationality: nationality(index) }),
        ),
    ]);

    const rows = await stack.query<{ status: string; nationality: string; count: string }>(
      `SELECT status, nationality, count(*) FROM registrations WHERE event_id = $1 GROUP BY status, nationality`,
      [event.id],
    );
    const count = (status: string, country?: string) =>
      rows
        .filter((row) => row.status === status && (!country || row.nationality === country))
        .reduce((sum, row) => sum + Number(row.count), 0);
    expect(count('confirmed')).toBe(20);
    expect(count('confirmed', 'VN')).toBeLessThanOrEqual(12);
    expect(count('cancelled')).toBe(10);
    // Full, so any waitlister left over is fine; no seat may be free while one waits.
    const shown = await stack.client.get(`/api/v1/events/${event.id}`);
    expect(shown.body.seatsTaken).toBe(20);
    expect(shown.body.waitlistCount).toBe(count('waitlisted'));
  });
});
