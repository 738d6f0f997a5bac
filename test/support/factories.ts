import { randomBytes } from 'node:crypto';
import type { ApiClient } from './http-client.js';
import { TEST_ADMIN_PASSWORD, testRun } from './test-environment.js';

export const PASSWORD = 'correct horse battery';

export interface Account {
  id: string;
  email: string;
  fullName: string;
  token: string;
}

const unique = () => randomBytes(4).toString('hex');

/** A fresh email no other test uses. */
export const newEmail = (label = 'user') => `${label}-${unique()}@gofar.test`;

export async function signup(api: ApiClient, label = 'participant'): Promise<Account> {
  const email = newEmail(label);
  const fullName = `Test ${label} ${unique()}`;
  const response = await api.post('/api/v1/auth/signup', { email, password: PASSWORD, fullName });
  if (response.status !== 201)
    throw new Error(`signup failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: response.body.user.id, email, fullName, token: response.body.accessToken };
}

/** The run's admin (created by the API at start from ADMIN_EMAIL / ADMIN_PASSWORD). */
export async function loginAdmin(api: ApiClient): Promise<Account> {
  const email = testRun().adminEmail;
  const response = await api.post('/api/v1/auth/login', { email, password: TEST_ADMIN_PASSWORD });
  if (response.status !== 200)
    throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return {
    id: response.body.user.id,
    email,
    fullName: response.body.user.fullName,
    token: response.body.accessToken,
  };
}

export interface OrganizationFixture {
  id: string;
  organizer: Account;
  staff: Account;
}

/** An organization with one organizer and one staff member. */
export async function newOrganization(
  api: ApiClient,
  admin: Account,
): Promise<OrganizationFixture> {
  const created = await api.post(
    '/api/v1/organizations',
    { name: `Centre ${unique()}` },
    { token: admin.token },
  );
  if (created.status !== 201)
    throw new Error(`organization failed: ${created.status} ${JSON.stringify(created.body)}`);
  const organizer = await signup(api, 'organizer');
  const staff = await signup(api, 'staff');
  for (const [person, role] of [
    [organizer, 'organizer'],
    [staff, 'staff'],
  ] as const) {
    const added = await api.post(
      `/api/v1/organizations/${created.body.id}/members`,
      { email: person.email, role },
      { token: admin.token },
    );
    if (added.status !== 201)
      throw new Error(`member failed: ${added.status} ${JSON.stringify(added.body)}`);
  }
  return { id: created.body.id, organizer, staff };
}

/** A valid event body for an organization; fields can be overridden. */
export function eventBody(
  organizationId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    organizationId,
    title: `Youth Workshop ${unique()}`,
    kind: 'workshop',
    timezone: 'Asia/Seoul',
    startsOn: '2027-07-12',
    endsOn: '2027-07-20',
    capacity: 48,
    countryQuotas: { VN: 5, KR: 8 },
    requiresApproval: false,
    ...overrides,
  };
}

export async function newEvent(
  api: ApiClient,
  organizer: Account,
  organizationId: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await api.post('/api/v1/events', eventBody(organizationId, overrides), {
    token: organizer.token,
  });
  if (response.status !== 201)
    throw new Error(`event failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; status: string; [field: string]: unknown };
}
