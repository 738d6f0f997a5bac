import { startApi, type RunningApi } from './support/api-process.js';
import {
  loginAdmin,
  newEvent,
  newOrganization,
  signup,
  type Account,
} from './support/factories.js';
import { ApiClient } from './support/http-client.js';

describe('organizations and members', () => {
  let server: RunningApi;
  let api: ApiClient;
  let admin: Account;

  beforeAll(async () => {
    server = await startApi();
    api = new ApiClient(server.baseUrl);
    admin = await loginAdmin(api);
  });
  afterAll(() => server?.stop());

  it('the configured admin exists and is an admin', async () => {
    const me = await api.get('/api/v1/me', { token: admin.token });
    expect(me.body.isAdmin).toBe(true);
  });

  it('only an admin creates organizations', async () => {
    const someone = await signup(api);
    const refused = await api.post(
      '/api/v1/organizations',
      { name: 'Not mine' },
      { token: someone.token },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const created = await api.post(
      '/api/v1/organizations',
      { name: 'ASEAN-Korea Centre' },
      { token: admin.token },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), name: 'ASEAN-Korea Centre' });
  });

  it('adds a member (201), changes a role (200) and shows memberships on /me', async () => {
    const organization = await newOrganization(api, admin);
    const person = await signup(api, 'mentor');
    const added = await api.post(
      `/api/v1/organizations/${organization.id}/members`,
      { email: person.email, role: 'staff' },
      { token: organization.organizer.token },
    );
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      organizationId: organization.id,
      userId: person.id,
      role: 'staff',
    });

    const promoted = await api.post(
      `/api/v1/organizations/${organization.id}/members`,
      { email: person.email, role: 'organizer' },
      { token: organization.organizer.token },
    );
    expect(promoted.status).toBe(200);
    expect(promoted.body.role).toBe('organizer');

    const me = await api.get('/api/v1/me', { token: person.token });
    expect(me.body.memberships).toEqual([{ organizationId: organization.id, role: 'organizer' }]);
  });

  it('404 for an unknown user, 400 for an unknown role', async () => {
    const organization = await newOrganization(api, admin);
    const path = `/api/v1/organizations/${organization.id}/members`;
    const unknown = await api.post(
      path,
      { email: 'nobody-here@gofar.test', role: 'staff' },
      { token: admin.token },
    );
    expect(unknown.status).toBe(404);
    const badRole = await api.post(
      path,
      { email: organization.staff.email, role: 'boss' },
      { token: admin.token },
    );
    expect(badRole.status).toBe(400);
    expect(badRole.body.details[0]).toMatchObject({ field: 'role' });
  });

  it('staff may see members but not change them; outsiders see nothing', async () => {
    const organization = await newOrganization(api, admin);
    const outsider = await signup(api);
    const path = `/api/v1/organizations/${organization.id}/members`;
    expect((await api.get(path, { token: organization.staff.token })).status).toBe(200);
    const byStaff = await api.post(
      path,
      { email: outsider.email, role: 'staff' },
      { token: organization.staff.token },
    );
    expect(byStaff.status).toBe(403);
    const byOutsider = await api.post(
      path,
      { email: outsider.email, role: 'staff' },
      { token: outsider.token },
    );
    expect(byOutsider.status).toBe(404);
  });

  it('never removes or demotes the last organizer', async () => {
    const organization = await newOrganization(api, admin);
    const { organizer } = organization;
    const removed = await api.delete(
      `/api/v1/organizations/${organization.id}/members/${organizer.id}`,
      { token: admin.token },
    );
    expect(removed.status).toBe(409);
    expect(removed.body.code).toBe('LAST_ORGANIZER');
    const demoted = await api.post(
      `/api/v1/organizations/${organization.id}/members`,
      { email: organizer.email, role: 'staff' },
      { token: organizer.token },
    );
    expect(demoted.status).toBe(409);
    expect(demoted.body.code).toBe('LAST_ORGANIZER');
  });

  it('two organizers removing each other at once leave one organizer', async () => {
    const organization = await newOrganization(api, admin);
    const second = await signup(api, 'organizer');
    await api.post(
      `/api/v1/organizations/${organization.id}/members`,
      { email: second.email, role: 'organizer' },
      { token: admin.token },
    );
    const [first, other] = await Promise.all([
      api.delete(`/api/v1/organizations/${organization.id}/members/${second.id}`, {
        token: organization.organizer.token,
      }),
      api.delete(`/api/v1/organizations/${organization.id}/members/${organization.organizer.id}`, {
        token: second.token,
      }),
    ]);
    // The loser is refused by the last-organizer rule (409) or, when the winner's removal
    // committed before its own check, because it is no longer a member: it may no longer
    // manage the organization (403) or, once its membership is gone, even see it (404).
    const statuses = [first.status, other.status].sort();
    expect(statuses[0]).toBe(204);
    expect([403, 404, 409]).toContain(statuses[1]);
    const members = await api.get(`/api/v1/organizations/${organization.id}/members`, {
      token: admin.token,
    });
    expect(
      members.body.items.filter((member: { role: string }) => member.role === 'organizer'),
    ).toHaveLength(1);
  });

  it('a removed member loses access on the next request', async () => {
    const organization = await newOrganization(api, admin);
    const event = await newEvent(api, organization.organizer, organization.id);
    const second = await signup(api, 'organizer');
    await api.post(
      `/api/v1/organizations/${organization.id}/members`,
      { email: second.email, role: 'organizer' },
      { token: admin.token },
    );
    await api.post(
      `/api/v1/events/${event.id}/staff`,
      { email: second.email },
      { token: organization.organizer.token },
    );

    expect((await api.get(`/api/v1/events/${event.id}`, { token: second.token })).status).toBe(200);
    expect(
      (await api.patch(`/api/v1/events/${event.id}`, { capacity: 40 }, { token: second.token }))
        .status,
    ).toBe(200);

    const removed = await api.delete(
      `/api/v1/organizations/${organization.id}/members/${second.id}`,
      { token: organization.organizer.token },
    );
    expect(removed.status).toBe(204);

    // Same token, next request: the draft is no longer visible, as organizer nor as event staff.
    expect((await api.get(`/api/v1/events/${event.id}`, { token: second.token })).status).toBe(404);
    expect(
      (await api.patch(`/api/v1/events/${event.id}`, { capacity: 30 }, { token: second.token }))
        .status,
    ).toBe(404);
    expect((await api.get('/api/v1/me', { token: second.token })).body.memberships).toEqual([]);
  });

  it('lists organizations: all for an admin, own for a member', async () => {
    const organization = await newOrganization(api, admin);
    const mine = await api.get('/api/v1/organizations', { token: organization.staff.token });
    expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([organization.id]);
    const all = await api.get('/api/v1/organizations', { token: admin.token });
    expect(all.body.items.map((item: { id: string }) => item.id)).toContain(organization.id);
  });
});
