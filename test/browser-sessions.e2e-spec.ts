import { createHash } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { startApi, type RunningApi } from './support/api-process.js';
import { query } from './support/databases.js';
import { PASSWORD, type Account, signup } from './support/factories.js';
import { ApiClient, type ApiResponse } from './support/http-client.js';
import { TEST_JWT_SECRET, testRun } from './support/test-environment.js';

/** PUBLIC_URL of the API under test: the web app's own origin. */
const ORIGIN = 'http://localhost:3000';
const FOREIGN = 'https://evil.example';
const NEW_PASSWORD = 'a brand new passphrase';

/** The `gofar_session=...` pair of a Set-Cookie header, as a browser sends it back. */
function cookieOf(response: ApiResponse): string {
  const header = response.headers.get('set-cookie') ?? '';
  expect(header).toMatch(/^gofar_session=[^;]+;/);
  return header.split(';')[0]!;
}

describe('browser sessions: the gofar_session cookie', () => {
  let server: RunningApi;
  let api: ApiClient;

  beforeAll(async () => {
    server = await startApi({ PUBLIC_URL: ORIGIN });
    api = new ApiClient(server.baseUrl);
  });
  afterAll(() => server?.stop());

  const signIn = (email: string, password = PASSWORD, headers: Record<string, string> = {}) =>
    api.post(
      '/api/v1/auth/session',
      { email, password },
      { headers: { origin: ORIGIN, ...headers } },
    );

  /** A request as the web app sends it: the cookie, and our own Origin on changes. */
  const asBrowser = (
    method: string,
    path: string,
    cookie: string,
    body?: unknown,
    headers: Record<string, string> = { origin: ORIGIN },
  ) => api.request(method, `/api/v1${path}`, body, { headers: { cookie, ...headers } });

  async function signedIn(account: Account, password = PASSWORD): Promise<string> {
    const response = await signIn(account.email, password);
    expect(response.status).toBe(200);
    return cookieOf(response);
  }

  describe('signing in', () => {
    it('sets an HttpOnly, SameSite=Lax cookie for the whole site, living JWT_TTL', async () => {
      const account = await signup(api);
      const response = await signIn(account.email);
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toMatch(
        /^gofar_session=[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}; Path=\/; Max-Age=43200; HttpOnly; SameSite=Lax$/,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.body).toEqual({
        user: expect.objectContaining({
          id: account.id,
          email: account.email,
          emailVerifiedAt: null,
          locale: 'en',
          timezone: null,
          memberships: [],
        }),
      });
      expect(response.body).not.toHaveProperty('accessToken');
    });

    it('stores only a SHA-256 of the cookie’s secret', async () => {
      const account = await signup(api);
      const cookie = await signedIn(account);
      const [sessionId, secret] = cookie.slice('gofar_session='.length).split('.') as [
        string,
        string,
      ];
      const rows = await query<Record<string, unknown>>(
        testRun().databaseUrl,
        'SELECT * FROM browser_sessions WHERE id = $1',
        [sessionId],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        user_id: account.id,
        secret_hash: createHash('sha256').update(secret).digest('hex'),
        revoked_at: null,
      });
      expect(JSON.stringify(rows[0])).not.toContain(secret);
    });

    it('answers a wrong password as login does, setting no cookie', async () => {
      const account = await signup(api);
      const wrong = await signIn(account.email, 'not the password');
      const login = await api.post('/api/v1/auth/login', {
        email: account.email,
        password: 'not the password',
      });
      expect(wrong.status).toBe(401);
      expect(wrong.body).toEqual(login.body);
      expect(wrong.headers.get('set-cookie')).toBeNull();
    });

    it('marks the cookie Secure when PUBLIC_URL is https', async () => {
      const secure = await startApi({ PUBLIC_URL: 'https://gofar.example' });
      try {
        const client = new ApiClient(secure.baseUrl);
        const account = await signup(client);
        const response = await client.post(
          '/api/v1/auth/session',
          { email: account.email, password: PASSWORD },
          { headers: { origin: 'https://gofar.example' } },
        );
        expect(response.status).toBe(200);
        expect(response.headers.get('set-cookie')).toMatch(/; HttpOnly; SameSite=Lax; Secure$/);
      } finally {
        await secure.stop();
      }
    });
  });

  describe('reading and ending a session', () => {
    it('reads the session and every route with the cookie alone', async () => {
      const account = await signup(api);
      const cookie = await signedIn(account);
      const session = await asBrowser('GET', '/auth/session', cookie);
      expect(session.status).toBe(200);
      expect(session.body.user).toMatchObject({ id: account.id, memberships: [] });
      const me = await asBrowser('GET', '/me', cookie);
      expect(me.status).toBe(200);
      expect(session.body.user).toEqual(me.body);
      expect(me.headers.get('cache-control')).toBe('private, no-cache');
    });

    it('answers 401 without a cookie, or with one we did not issue', async () => {
      const response = await api.get('/api/v1/auth/session');
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
      const account = await signup(api);
      const cookie = await signedIn(account);
      const forged = `${cookie.slice(0, -3)}${cookie.endsWith('AAA') ? 'BBB' : 'AAA'}`;
      for (const bad of [forged, 'gofar_session=garbage', 'gofar_session=']) {
        expect((await asBrowser('GET', '/auth/session', bad)).status).toBe(401);
        expect((await asBrowser('GET', '/me', bad)).status).toBe(401);
      }
      // A stale cookie does not keep anyone from public pages.
      expect((await asBrowser('GET', '/events', forged)).status).toBe(200);
    });

    it('signs out: the cookie is cleared and its old value answers 401', async () => {
      const account = await signup(api);
      const cookie = await signedIn(account);
      const other = await signedIn(account);
      const out = await asBrowser('DELETE', '/auth/session', cookie);
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(
        /^gofar_session=; Path=\/; Max-Age=0; HttpOnly/,
      );
      expect((await asBrowser('GET', '/auth/session', cookie)).status).toBe(401);
      expect((await asBrowser('GET', '/me', cookie)).status).toBe(401);
      // Only that browser: another session of the same account goes on.
      expect((await asBrowser('GET', '/auth/session', other)).status).toBe(200);
      // Signing out again, or without a session, is harmless.
      expect((await asBrowser('DELETE', '/auth/session', cookie)).status).toBe(204);
    });

    it('signs out everywhere: every session and bearer token of the user, the caller’s included', async () => {
      const account = await signup(api);
      const cookies = [await signedIn(account), await signedIn(account)];
      const login = await api.post('/api/v1/auth/login', {
        email: account.email,
        password: PASSWORD,
      });
      const bystander = await signup(api);
      const bystanderCookie = await signedIn(bystander);

      const out = await api.delete('/api/v1/auth/sessions', { token: account.token });
      expect(out.status).toBe(204);
      for (const token of [account.token, login.body.accessToken])
        expect((await api.get('/api/v1/me', { token })).status).toBe(401);
      for (const cookie of cookies)
        expect((await asBrowser('GET', '/auth/session', cookie)).status).toBe(401);
      expect((await api.get('/api/v1/me', { token: bystander.token })).status).toBe(200);
      expect((await asBrowser('GET', '/auth/session', bystanderCookie)).status).toBe(200);

      // Signing in again works, and so does sign out everywhere from a browser.
      const fresh = await signedIn(account);
      const everywhere = await asBrowser('DELETE', '/auth/sessions', fresh);
      expect(everywhere.status).toBe(204);
      expect(everywhere.headers.get('set-cookie')).toMatch(/^gofar_session=; .*Max-Age=0/);
      expect((await asBrowser('GET', '/auth/session', fresh)).status).toBe(401);
    });

    it('keeps accepting tokens issued before token versions until the user’s version rises', async () => {
      const account = await signup(api);
      const legacy = jwt.sign({ sub: account.id }, TEST_JWT_SECRET, {
        algorithm: 'HS256',
        expiresIn: 600,
      });
      expect((await api.get('/api/v1/me', { token: legacy })).status).toBe(200);
      expect((await api.delete('/api/v1/auth/sessions', { token: legacy })).status).toBe(204);
      expect((await api.get('/api/v1/me', { token: legacy })).status).toBe(401);
    });
  });

  describe('CSRF: the Origin rule', () => {
    let account: Account;
    let cookie: string;

    beforeAll(async () => {
      account = await signup(api);
      cookie = await signedIn(account);
    });

    const rename = (fullName: string, headers: Record<string, string>) =>
      asBrowser('PATCH', '/me', cookie, { fullName }, headers);

    it('refuses a change carrying the cookie from another origin', async () => {
      const response = await rename('Renamed by evil', { origin: FOREIGN });
      expect(response.status).toBe(403);
      expect(response.body).toEqual({
        statusCode: 403,
        code: 'CSRF_REJECTED',
        message: expect.any(String),
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-request-id')).toEqual(expect.any(String));
      const me = await api.get('/api/v1/me', { token: account.token });
      expect(me.body.fullName).toBe(account.fullName);
    });

    it('refuses it without Origin unless Sec-Fetch-Site says same-origin', async () => {
      expect((await rename('No origin', {})).status).toBe(403);
      expect((await rename('Cross site', { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
      expect((await rename('Same site', { 'sec-fetch-site': 'same-site' })).status).toBe(403);
      expect((await rename('Null', { origin: 'null' })).status).toBe(403);
      expect((await rename('Referer only', { referer: `${ORIGIN}/me` })).status).toBe(403);
      const sameOrigin = await rename('Same origin', { 'sec-fetch-site': 'same-origin' });
      expect(sameOrigin.status).toBe(200);
      expect(sameOrigin.body.fullName).toBe('Same origin');
    });

    it('lets the app’s own origin through', async () => {
      const response = await rename('Own origin', { origin: ORIGIN });
      expect(response.status).toBe(200);
      expect(response.body.fullName).toBe('Own origin');
    });

    it('leaves reads alone, and bearer requests without the cookie', async () => {
      expect((await asBrowser('GET', '/me', cookie, undefined, { origin: FOREIGN })).status).toBe(
        200,
      );
      const bearer = await api.patch(
        '/api/v1/me',
        { fullName: 'Script' },
        { token: account.token, headers: { origin: FOREIGN } },
      );
      expect(bearer.status).toBe(200);
      expect(bearer.body.fullName).toBe('Script');
      expect(bearer.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('refuses a bearer request that also carries the cookie from another origin', async () => {
      const response = await api.patch(
        '/api/v1/me',
        { fullName: 'Both' },
        { token: account.token, headers: { cookie, origin: FOREIGN } },
      );
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('CSRF_REJECTED');
    });

    it('refuses a cookie sign-in from another origin, or from no browser page at all', async () => {
      for (const headers of [
        { origin: FOREIGN },
        { origin: 'null' },
        { 'sec-fetch-site': 'cross-site' },
      ]) {
        const response = await api.post(
          '/api/v1/auth/session',
          { email: account.email, password: PASSWORD },
          { headers },
        );
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('CSRF_REJECTED');
        expect(response.headers.get('set-cookie')).toBeNull();
      }
      const noHeaders = await api.post('/api/v1/auth/session', {
        email: account.email,
        password: PASSWORD,
      });
      expect(noHeaders.status).toBe(403);
      const sameOrigin = await api.post(
        '/api/v1/auth/session',
        { email: account.email, password: PASSWORD },
        { headers: { 'sec-fetch-site': 'same-origin' } },
      );
      expect(sameOrigin.status).toBe(200);
      cookieOf(sameOrigin);
    });

    it('refuses sign-out and sign out everywhere from another origin', async () => {
      for (const path of ['/auth/session', '/auth/sessions'])
        expect(
          (await asBrowser('DELETE', path, cookie, undefined, { origin: FOREIGN })).status,
        ).toBe(403);
      expect((await asBrowser('GET', '/auth/session', cookie)).status).toBe(200);
    });
  });

  it('describes the new routes and shapes in the OpenAPI document', async () => {
    const document = (await api.get('/docs-json')).body;
    const operations = document.paths as Record<string, Record<string, unknown>>;
    const routes = Object.entries(operations).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /api/v1/auth/session',
        'GET /api/v1/auth/session',
        'DELETE /api/v1/auth/session',
        'DELETE /api/v1/auth/sessions',
        'POST /api/v1/auth/verify-email',
        'POST /api/v1/auth/verify-email/resend',
        'POST /api/v1/auth/password-reset',
        'POST /api/v1/auth/password-reset/confirm',
        'POST /api/v1/me/password',
        'PATCH /api/v1/me',
      ]),
    );
    const schemas = document.components.schemas;
    expect(Object.keys(schemas.UserDto.properties)).toEqual(
      expect.arrayContaining(['emailVerifiedAt', 'locale', 'timezone']),
    );
    expect(schemas.UserDto.properties.locale.enum).toEqual(['en', 'ko', 'vi', 'th', 'id']);
    expect(schemas.BrowserSessionDto.properties.user.$ref).toBe('#/components/schemas/MeDto');
    expect(schemas.EventDto.required).toContain('requireVerifiedEmail');
    expect(schemas.CreateEventDto.properties).toHaveProperty('requireVerifiedEmail');
    expect(schemas.RegistrationDto.properties).toHaveProperty('emailVerified');
    const signIn = operations['/api/v1/auth/session']!.post as {
      responses: Record<string, { content?: unknown; headers?: unknown }>;
    };
    expect(signIn.responses['200']).toMatchObject({
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/BrowserSessionDto' } },
      },
      headers: { 'Set-Cookie': expect.any(Object) },
    });
    expect(document.components.securitySchemes.cookie).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'gofar_session',
    });
  });

  describe('changing the password', () => {
    it('revokes earlier tokens and other cookies, never the fresh token and cookie it returns', async () => {
      const account = await signup(api);
      const mine = await signedIn(account);
      const otherBrowser = await signedIn(account);
      const change = await asBrowser('POST', '/me/password', mine, {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(change.status).toBe(200);
      expect(change.headers.get('cache-control')).toBe('no-store');
      expect(change.body).toEqual({
        user: expect.objectContaining({ id: account.id }),
        accessToken: expect.any(String),
      });
      const fresh = cookieOf(change);
      expect(fresh).not.toBe(mine);

      expect((await api.get('/api/v1/me', { token: account.token })).status).toBe(401);
      expect((await asBrowser('GET', '/auth/session', mine)).status).toBe(401);
      expect((await asBrowser('GET', '/auth/session', otherBrowser)).status).toBe(401);
      expect((await api.get('/api/v1/me', { token: change.body.accessToken })).status).toBe(200);
      expect((await asBrowser('GET', '/auth/session', fresh)).status).toBe(200);

      expect((await signIn(account.email)).status).toBe(401);
      expect((await signIn(account.email, NEW_PASSWORD)).status).toBe(200);
    });

    it('with a bearer token: a fresh token, no cookie; a second change revokes the first’s token', async () => {
      const account = await signup(api);
      const first = await api.post(
        '/api/v1/me/password',
        { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
        { token: account.token },
      );
      expect(first.status).toBe(200);
      expect(first.headers.get('set-cookie')).toBeNull();
      const second = await api.post(
        '/api/v1/me/password',
        { currentPassword: NEW_PASSWORD, newPassword: PASSWORD },
        { token: first.body.accessToken },
      );
      expect(second.status).toBe(200);
      // Issued within the same second as the first: versions, not timestamps, tell them apart.
      expect((await api.get('/api/v1/me', { token: first.body.accessToken })).status).toBe(401);
      expect((await api.get('/api/v1/me', { token: second.body.accessToken })).status).toBe(200);
    });

    it('refuses a wrong current password with 422 INVALID_CREDENTIALS, changing nothing', async () => {
      const account = await signup(api);
      const wrong = await api.post(
        '/api/v1/me/password',
        { currentPassword: 'not the password', newPassword: NEW_PASSWORD },
        { token: account.token },
      );
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      expect((await api.get('/api/v1/me', { token: account.token })).status).toBe(200);
      expect((await signIn(account.email)).status).toBe(200);

      const short = await api.post(
        '/api/v1/me/password',
        { currentPassword: PASSWORD, newPassword: 'short' },
        { token: account.token },
      );
      expect(short.status).toBe(400);
      expect(short.body.details.map((detail: { field: string }) => detail.field)).toEqual([
        'newPassword',
      ]);
    });
  });
});
