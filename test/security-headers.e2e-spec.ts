import { startApi, type RunningApi } from './support/api-process.js';
import {
  type Account,
  type OrganizationFixture,
  loginAdmin,
  newEvent,
  newOrganization,
  signup,
} from './support/factories.js';
import { ApiClient, type ApiResponse } from './support/http-client.js';
import { registrationBody } from './support/registration-body.js';
import { TEST_ADMIN_PASSWORD, testRun } from './support/test-environment.js';

const LIMIT = 20;

interface Case {
  name: string;
  send: () => Promise<ApiResponse>;
  status: number;
  /** The Cache-Control expected, or null for none. */
  cacheControl: string | null;
}

describe('security and caching headers on every answer', () => {
  let server: RunningApi;
  let api: ApiClient;
  let centre: OrganizationFixture;
  let participant: Account;
  let eventId: string;
  let registrationId: string;

  beforeAll(async () => {
    // Client addresses come from X-Forwarded-For, so one made-up address can spend its budget.
    server = await startApi({ AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: 'true' });
    api = new ApiClient(server.baseUrl);
    centre = await newOrganization(api, await loginAdmin(api));
    participant = await signup(api);
    const event = await newEvent(api, centre.organizer, centre.id);
    eventId = event.id;
    expect(
      (await api.post(`/api/v1/events/${eventId}/publish`, {}, { token: centre.organizer.token }))
        .status,
    ).toBe(200);
    const registered = await api.post(
      `/api/v1/events/${eventId}/registrations`,
      registrationBody(),
      { token: participant.token },
    );
    expect(registered.status).toBe(201);
    registrationId = registered.body.id;
  });
  afterAll(() => server?.stop());

  /** Spends a made-up address's signup budget and returns the answer after it. */
  async function overTheLimit(): Promise<ApiResponse> {
    const headers = { 'x-forwarded-for': '198.51.100.77' };
    for (let attempt = 0; attempt < LIMIT; attempt += 1)
      await api.post('/api/v1/auth/signup', {}, { headers });
    return api.post('/api/v1/auth/signup', {}, { headers });
  }

  const cases = (): Case[] => [
    { name: 'health', send: () => api.get('/health'), status: 200, cacheControl: null },
    {
      name: 'public event list, anonymous',
      send: () => api.get('/api/v1/events'),
      status: 200,
      cacheControl: null,
    },
    {
      name: 'event list with a token',
      send: () => api.get('/api/v1/events', { token: participant.token }),
      status: 200,
      cacheControl: 'private, no-cache',
    },
    {
      name: 'GET /me',
      send: () => api.get('/api/v1/me', { token: participant.token }),
      status: 200,
      cacheControl: 'private, no-cache',
    },
    {
      name: 'own registration, with medical notes',
      send: () => api.get(`/api/v1/registrations/${registrationId}`, { token: participant.token }),
      status: 200,
      cacheControl: 'no-store',
    },
    {
      name: "organizer's registration list",
      send: () =>
        api.get(`/api/v1/events/${eventId}/registrations`, { token: centre.organizer.token }),
      status: 200,
      cacheControl: 'no-store',
    },
    {
      name: 'own registrations',
      send: () => api.get('/api/v1/me/registrations', { token: participant.token }),
      status: 200,
      cacheControl: 'no-store',
    },
    {
      name: 'CSV export',
      send: () =>
        api.get(`/api/v1/events/${eventId}/registrations.csv?include=medical`, {
          token: centre.organizer.token,
        }),
      status: 200,
      cacheControl: 'no-store',
    },
    {
      name: 'a registration route that fails (404)',
      send: () =>
        api.get('/api/v1/registrations/00000000-0000-4000-8000-000000000000', {
          token: participant.token,
        }),
      status: 404,
      cacheControl: 'no-store',
    },
    {
      name: 'login, which hands out a token',
      send: () =>
        api.post('/api/v1/auth/login', {
          email: testRun().adminEmail,
          password: TEST_ADMIN_PASSWORD,
        }),
      status: 200,
      cacheControl: 'no-store',
    },
    {
      name: 'unknown route, anonymous',
      send: () => api.get('/api/v1/no-such-route'),
      status: 404,
      cacheControl: null,
    },
    {
      name: 'unknown API route, with a token',
      send: () => api.get('/api/v1/no-such-page', { token: participant.token }),
      status: 404,
      cacheControl: 'private, no-cache',
    },
    {
      name: 'invalid query (400)',
      send: () => api.get('/api/v1/events?bogus=1'),
      status: 400,
      cacheControl: null,
    },
    {
      name: 'malformed URL (400, answered by the router)',
      send: () => api.get('/api/v1/registrations/%zz'),
      status: 400,
      cacheControl: null,
    },
    {
      name: 'missing token (401)',
      send: () => api.get('/api/v1/me'),
      status: 401,
      cacheControl: null,
    },
    {
      name: 'another content type (415)',
      send: () =>
        fetch(`${server.baseUrl}/api/v1/organizations`, {
          method: 'POST',
          headers: {
            'content-type': 'application/xml',
            authorization: `Bearer ${participant.token}`,
          },
          body: '<name>x</name>',
        }).then((response) => ({ status: response.status, body: null, headers: response.headers })),
      status: 415,
      cacheControl: 'private, no-cache',
    },
    { name: 'rate limited (429)', send: overTheLimit, status: 429, cacheControl: null },
    { name: 'docs', send: () => api.get('/docs'), status: 200, cacheControl: null },
    { name: 'docs JSON', send: () => api.get('/docs-json'), status: 200, cacheControl: null },
    {
      name: 'queue dashboard, anonymous (401)',
      send: () => api.get('/admin/queues'),
      status: 401,
      cacheControl: null,
    },
    {
      name: 'queue dashboard, admin',
      send: async () => api.get('/admin/queues', { token: (await loginAdmin(api)).token }),
      status: 200,
      cacheControl: 'private, no-cache',
    },
  ];

  it('carries nosniff, same-origin referrers and DENY framing, and the right Cache-Control', async () => {
    const seen: Record<string, unknown>[] = [];
    const expected: Record<string, unknown>[] = [];
    for (const { name, send, status, cacheControl } of cases()) {
      const response = await send();
      seen.push({
        name,
        status: response.status,
        nosniff: response.headers.get('x-content-type-options'),
        referrer: response.headers.get('referrer-policy'),
        frame: response.headers.get('x-frame-options'),
        cacheControl: response.headers.get('cache-control'),
      });
      expected.push({
        name,
        status,
        nosniff: 'nosniff',
        referrer: 'same-origin',
        frame: 'DENY',
        cacheControl,
      });
    }
    // One comparison, so a failure lists every route that is wrong at once.
    expect(seen).toEqual(expected);
  });
});
