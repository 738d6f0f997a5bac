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

/**
 * `GET /me/registrations` is read with a statement of its own (not the registration routes'
 * query builder): each item must be exactly what `GET /registrations/:id` answers, pages must
 * follow each other newest first, and a bearer token revoked by "sign out everywhere" is refused.
 */
describe('my registrations', () => {
  let server: RunningApi;
  let api: ApiClient;
  let centre: OrganizationFixture;
  let participant: Account;
  let other: Account;

  beforeAll(async () => {
    server = await startApi();
    api = new ApiClient(server.baseUrl);
    centre = await newOrganization(api, await loginAdmin(api));
    [participant, other] = await fastUsers(testRun().databaseUrl, 2, 'lister');
  }, 60_000);
  afterAll(() => server?.stop());

  it('lists the caller’s own, newest first, page by page, each item as the registration route answers it', async () => {
    const ids: string[] = [];
    // The third event is full: a waiting-list registration carries its position.
    for (const capacity of [10, 10, 1]) {
      const event = await newEvent(api, centre.organizer, centre.id, {
        capacity,
        countryQuotas: {},
      });
      await api.post(`/api/v1/events/${event.id}/publish`, undefined, {
        token: centre.organizer.token,
      });
      if (capacity === 1)
        await api.post(`/api/v1/events/${event.id}/registrations`, registrationBody(), {
          token: other.token,
        });
      const registered = await api.post(
        `/api/v1/events/${event.id}/registrations`,
        registrationBody({ nationality: 'TH', dietaryRequirements: ['vegan', 'halal'] }),
        { token: participant.token },
      );
      expect(registered.status).toBe(201);
      ids.push(registered.body.id);
    }

    const seen: unknown[] = [];
    let cursor: string | null = null;
    do {
      const page = await api.get(
        `/api/v1/me/registrations?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        { token: participant.token },
      );
      expect(page.status).toBe(200);
      expect(page.body.items).toHaveLength(1);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((item) => (item as { id: string }).id)).toEqual([...ids].reverse());
    for (const item of seen) {
      const { id } = item as { id: string };
      const single = await api.get(`/api/v1/registrations/${id}`, { token: participant.token });
      // The single route adds the registrant's name and email, which the caller's own list leaves out.
      const { fullName, email, emailVerified, ...registration } = single.body;
      expect([fullName, email, emailVerified]).toEqual([
        expect.any(String),
        participant.email,
        false,
      ]);
      expect(item).toEqual(registration);
    }
    expect(seen[0]).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
      dateOfBirth: '2001-04-09',
      dietaryRequirements: ['vegan', 'halal'],
      emergencyContact: expect.objectContaining({ relationship: 'father' }),
    });
    expect(
      (
        await api.get('/api/v1/me/registrations?cursor=bm90LWEtY3Vyc29y', {
          token: participant.token,
        })
      ).status,
    ).toBe(400);
  });

  it('refuses a token revoked by signing out everywhere', async () => {
    const [person] = await fastUsers(testRun().databaseUrl, 1, 'revoked');
    const before = await api.get('/api/v1/me/registrations', { token: person!.token });
    expect(before.status).toBe(200);
    expect((await api.delete('/api/v1/auth/sessions', { token: person!.token })).status).toBe(204);
    const after = await api.get('/api/v1/me/registrations', { token: person!.token });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
  });
});
