import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { freePort, startApi, type RunningApi } from './support/api-process.js';
import { query } from './support/databases.js';
import { type Account, PASSWORD, loginAdmin, signup } from './support/factories.js';
import { ApiClient, type ApiResponse } from './support/http-client.js';
import { TEST_ADMIN_PASSWORD, TEST_JWT_SECRET, testRun } from './support/test-environment.js';
import { awayFromWindowEdge, pause } from './support/timing.js';

const DASHBOARD = '/admin/queues';
const QUEUES_API = '/admin/queues/api/queues';
const ASSET = '/admin/queues/static/images/logo.svg';
const SESSION = '/api/v1/admin/queues/session';
const REALM = 'Basic realm="Gofar queues"';
const COOKIE_ATTRIBUTES = '; Path=/admin/queues; Max-Age=900; HttpOnly; SameSite=Strict';

const basic = (email: string, password: string) =>
  `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;

/** The `gofar_queues=...` pair of a Set-Cookie header, as a browser would send it back. */
function cookieOf(response: ApiResponse): string {
  const header = response.headers.get('set-cookie') ?? '';
  expect(header).toMatch(/^gofar_queues=[^;]+;/);
  return header.split(';')[0]!;
}

/**
 * A cookie signed as the API documents it: `<userId>.<token version>.<expiry epoch s>.<HMAC-SHA256>`
 * keyed with HKDF-SHA256 of JWT_SECRET. Lets the test make an expired cookie that is otherwise valid.
 */
function forgeCookie(userId: string, expiresEpochSeconds: number, version = 0): string {
  const key = Buffer.from(
    hkdfSync('sha256', TEST_JWT_SECRET, 'gofar', 'gofar_queues cookie v1', 32),
  );
  const payload = `${userId}.${version}.${expiresEpochSeconds}`;
  return `gofar_queues=${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
}

function expectUnauthenticated(response: ApiResponse): void {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe(REALM);
  expect(response.body).toEqual({
    statusCode: 401,
    code: 'UNAUTHENTICATED',
    message: expect.any(String),
  });
}

function expectForbidden(response: ApiResponse): void {
  expect(response.status).toBe(403);
  expect(response.body).toEqual({
    statusCode: 403,
    code: 'FORBIDDEN',
    message: expect.any(String),
  });
  expect(response.headers.get('set-cookie')).toBeNull();
}

describe('queue dashboard at /admin/queues', () => {
  let server: RunningApi;
  let api: ApiClient;
  let admin: Account;
  let participant: Account;

  beforeAll(async () => {
    // PUBLIC_URL is the server's own origin, as a browser would see it.
    const port = await freePort();
    server = await startApi({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}/` });
    api = new ApiClient(server.baseUrl);
    admin = await loginAdmin(api);
    participant = await signup(api);
  });
  afterAll(() => server?.stop());

  const withCookie = (path: string, cookie: string) => api.get(path, { headers: { cookie } });

  it('answers 401 with a basic auth challenge to every request without credentials', async () => {
    const paths = [DASHBOARD, `${DASHBOARD}/`, QUEUES_API, ASSET, `${DASHBOARD}/queue/x`];
    // Unknown paths under the dashboard too: nothing there answers before the check.
    for (const path of [...paths, `${DASHBOARD}/no-such-page`])
      expectUnauthenticated(await api.get(path));
    expectUnauthenticated(await api.get(DASHBOARD, { headers: { authorization: 'Token abc' } }));
  });

  it('refuses participants, by bearer token or by password, with 403', async () => {
    expectForbidden(await api.get(DASHBOARD, { token: participant.token }));
    expectForbidden(
      await api.get(QUEUES_API, {
        headers: { authorization: basic(participant.email, PASSWORD) },
      }),
    );
  });

  it('answers 401 to a wrong admin password or an invalid token', async () => {
    const wrong = await api.get(DASHBOARD, {
      headers: { authorization: basic(testRun().adminEmail, 'not the password') },
    });
    expectUnauthenticated(wrong);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expectUnauthenticated(await api.get(DASHBOARD, { token: `${admin.token}x` }));
  });

  it('serves the dashboard to an admin by basic auth and sets the cookie', async () => {
    const page = await api.get(DASHBOARD, {
      headers: { authorization: basic(testRun().adminEmail, TEST_ADMIN_PASSWORD) },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.body).toContain('<base href="/admin/queues/"');
    expect(page.body).toContain('<title>Gofar queues</title>');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const setCookie = page.headers.get('set-cookie')!;
    expect(setCookie).toMatch(new RegExp(`^gofar_queues=[\\w.-]+${COOKIE_ATTRIBUTES}$`));
    expect(setCookie).not.toContain('Secure');
  });

  it('lets the cookie alone open the page, the JSON API and the assets, listing both queues', async () => {
    const cookie = cookieOf(
      await api.get(DASHBOARD, {
        headers: { authorization: basic(testRun().adminEmail, TEST_ADMIN_PASSWORD) },
      }),
    );
    const page = await withCookie(`${DASHBOARD}/`, cookie);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    // A cookie that works is not replaced on every request.
    expect(page.headers.get('set-cookie')).toBeNull();

    const queues = await withCookie(QUEUES_API, cookie);
    expect(queues.status).toBe(200);
    expect(queues.headers.get('content-type')).toMatch(/^application\/json/);
    const names = (queues.body.queues as { name: string }[]).map((queue) => queue.name).sort();
    expect(names).toEqual(['notifications', 'reminders']);

    const asset = await withCookie(ASSET, cookie);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/svg/);

    const unknown = await withCookie(`${DASHBOARD}/no-such-page`, cookie);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
  });

  it('refuses a tampered or expired cookie, and asks the browser to drop it', async () => {
    const cookie = cookieOf(await api.get(DASHBOARD, { token: admin.token }));
    const [, value] = cookie.split('=') as [string, string];
    const [userId, version, expires, signature] = value.split('.') as [
      string,
      string,
      string,
      string,
    ];
    const flipped = signature.endsWith('A') ? 'B' : 'A';
    const tampered = [
      `gofar_queues=${userId}.${version}.${expires}.${signature.slice(0, -1)}${flipped}`,
      `gofar_queues=${participant.id}.${version}.${expires}.${signature}`,
      `gofar_queues=${userId}.${version}.${Number(expires) + 3600}.${signature}`,
      `gofar_queues=${userId}.${Number(version) + 1}.${expires}.${signature}`,
      `gofar_queues=${userId}.${expires}.${signature}`,
      `gofar_queues=${userId}.${version}.${expires}`,
      'gofar_queues=garbage',
    ];
    for (const bad of tampered) {
      const response = await withCookie(QUEUES_API, bad);
      expectUnauthenticated(response);
      expect(response.headers.get('set-cookie')).toMatch(/^gofar_queues=; .*Max-Age=0/);
    }

    const now = Math.floor(Date.now() / 1000);
    // Signed the documented way, a fresh cookie works, so the expired one fails for its age alone.
    expect((await withCookie(QUEUES_API, forgeCookie(admin.id, now + 60))).status).toBe(200);
    expectUnauthenticated(await withCookie(QUEUES_API, forgeCookie(admin.id, now - 1)));
  });

  it('re-reads the admin flag on every use of the cookie', async () => {
    const promoted = await signup(api, 'operator');
    const { databaseUrl } = testRun();
    await query(databaseUrl, 'UPDATE users SET is_admin = true WHERE id = $1', [promoted.id]);
    const cookie = cookieOf(
      await api.get(DASHBOARD, { headers: { authorization: basic(promoted.email, PASSWORD) } }),
    );
    expect((await withCookie(QUEUES_API, cookie)).status).toBe(200);

    await query(databaseUrl, 'UPDATE users SET is_admin = false WHERE id = $1', [promoted.id]);
    expect((await withCookie(QUEUES_API, cookie)).status).toBe(403);
    await query(databaseUrl, 'DELETE FROM users WHERE id = $1', [promoted.id]);
    expectUnauthenticated(await withCookie(QUEUES_API, cookie));
  });

  it('stops accepting the cookie once its admin changes password', async () => {
    const operator = await signup(api, 'operator');
    const { databaseUrl } = testRun();
    await query(databaseUrl, 'UPDATE users SET is_admin = true WHERE id = $1', [operator.id]);
    const cookie = cookieOf(
      await api.get(DASHBOARD, { headers: { authorization: basic(operator.email, PASSWORD) } }),
    );
    expect((await withCookie(QUEUES_API, cookie)).status).toBe(200);

    const changed = await api.post(
      '/api/v1/me/password',
      { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
      { token: operator.token },
    );
    expect(changed.status).toBe(200);
    const revoked = await withCookie(QUEUES_API, cookie);
    expectUnauthenticated(revoked);
    expect(revoked.headers.get('set-cookie')).toMatch(/^gofar_queues=; .*Max-Age=0/);
    // The earlier bearer token is revoked too; the fresh one opens the dashboard again.
    expect((await api.get(QUEUES_API, { token: operator.token })).status).toBe(401);
    expect((await api.get(QUEUES_API, { token: changed.body.accessToken })).status).toBe(200);
  });

  it("accepts an admin's bearer token and sets the cookie", async () => {
    const response = await api.get(QUEUES_API, { token: admin.token });
    expect(response.status).toBe(200);
    expect(response.body.queues).toHaveLength(2);
    expect(response.headers.get('set-cookie')).toMatch(new RegExp(`${COOKIE_ATTRIBUTES}$`));
  });

  it('refuses changes sent from another site even with valid credentials', async () => {
    const cookie = cookieOf(await api.get(DASHBOARD, { token: admin.token }));
    // An unknown queue: had the request gone through, Bull Board would answer 404, changing nothing.
    const response = await api.request(
      'PUT',
      `${DASHBOARD}/api/queues/no-such-queue/pause`,
      {},
      {
        headers: {
          cookie,
          authorization: basic(testRun().adminEmail, TEST_ADMIN_PASSWORD),
          'sec-fetch-site': 'cross-site',
        },
      },
    );
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
    const sameOrigin = await api.request(
      'PUT',
      `${DASHBOARD}/api/queues/no-such-queue/pause`,
      {},
      { headers: { cookie, 'sec-fetch-site': 'same-origin' } },
    );
    expect(sameOrigin.status).toBe(404);
  });

  describe('changes are taken only from our own pages', () => {
    // An unknown queue: a request that gets through is answered 404 by Bull Board, changing nothing.
    const PAUSE = `${DASHBOARD}/api/queues/no-such-queue/pause`;
    const FOREIGN = 'https://evil.example';
    const put = (headers: Record<string, string>) => api.request('PUT', PAUSE, {}, { headers });
    let cookie: string;
    beforeAll(async () => {
      cookie = cookieOf(await api.get(DASHBOARD, { token: admin.token }));
    });

    it('refuses a foreign Origin or Referer when the browser sends no Sec-Fetch-Site', async () => {
      const basicAuth = basic(testRun().adminEmail, TEST_ADMIN_PASSWORD);
      const attempts: Record<string, string>[] = [
        { cookie, origin: FOREIGN },
        { authorization: basicAuth, origin: FOREIGN },
        { cookie, origin: 'null' },
        { cookie, referer: `${FOREIGN}/page` },
        { authorization: basicAuth, referer: `${FOREIGN}/page` },
        // A foreign Origin is not excused by a Referer of ours.
        { cookie, origin: FOREIGN, referer: `${server.baseUrl}/admin/queues` },
        // Nothing says where it comes from.
        { cookie },
      ];
      for (const headers of attempts) {
        const response = await put(headers);
        expect({ headers: Object.keys(headers), status: response.status }).toEqual({
          headers: Object.keys(headers),
          status: 403,
        });
        expect(response.body.code).toBe('FORBIDDEN');
      }
    });

    it('lets through changes whose Origin, or Referer, is PUBLIC_URL', async () => {
      expect((await put({ cookie, origin: server.baseUrl })).status).toBe(404);
      expect((await put({ cookie, referer: `${server.baseUrl}/admin/queues/` })).status).toBe(404);
      const basicAuth = basic(testRun().adminEmail, TEST_ADMIN_PASSWORD);
      expect((await put({ authorization: basicAuth, origin: server.baseUrl })).status).toBe(404);
    });

    it('does not apply to bearer tokens, which a browser never attaches by itself', async () => {
      expect((await put({ authorization: `Bearer ${admin.token}` })).status).toBe(404);
    });

    it('leaves reading alone', async () => {
      expect((await withCookie(QUEUES_API, cookie)).status).toBe(200);
      const foreign = await api.get(QUEUES_API, { headers: { cookie, origin: FOREIGN } });
      expect(foreign.status).toBe(200);
    });
  });

  describe('POST /api/v1/admin/queues/session', () => {
    it('needs a token and an admin', async () => {
      const anonymous = await api.post(SESSION);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('UNAUTHENTICATED');
      const refused = await api.post(SESSION, {}, { token: participant.token });
      expectForbidden(refused);
    });

    it('gives an admin the cookie and where to go', async () => {
      const before = Date.now();
      const response = await api.post(SESSION, {}, { token: admin.token });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ url: '/admin/queues', expiresAt: expect.any(String) });
      const expiresIn = Date.parse(response.body.expiresAt) - before;
      expect(expiresIn).toBeGreaterThan(14 * 60_000);
      expect(expiresIn).toBeLessThanOrEqual(15 * 60_000 + 1000);
      expect(response.headers.get('set-cookie')).toMatch(new RegExp(`${COOKIE_ATTRIBUTES}$`));

      const cookie = cookieOf(response);
      const page = await withCookie(response.body.url, cookie);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    });

    it('is in the OpenAPI document', async () => {
      const document = await api.get('/docs-json');
      const operation = document.body.paths[SESSION]?.post;
      expect(operation).toBeDefined();
      expect(operation.tags).toEqual(['operations']);
      expect(Object.keys(operation.responses)).toEqual(
        expect.arrayContaining(['200', '401', '403']),
      );
    });
  });
});

describe('queue dashboard basic auth and the auth rate limit', () => {
  const LIMIT = 3;
  let server: RunningApi;
  let api: ApiClient;

  beforeAll(async () => {
    server = await startApi({
      AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      // Counters of its own, so no other test's attempts count here.
      QUEUE_PREFIX: `${testRun().queuePrefix}-qd-${randomBytes(3).toString('hex')}`,
      // Request lines are logged at info: they must not carry credentials.
      LOG_LEVEL: 'info',
    });
    api = new ApiClient(server.baseUrl);
  });
  afterAll(() => server?.stop());

  it('never writes the password or the cookie to the log', async () => {
    const authorization = basic(testRun().adminEmail, TEST_ADMIN_PASSWORD);
    const cookie = cookieOf(await api.get(DASHBOARD, { headers: { authorization } }));
    expect((await api.get(QUEUES_API, { headers: { cookie } })).status).toBe(200);
    await pause(200);
    const output = server.output();
    // The request lines are there, without headers.
    expect(output).toContain(QUEUES_API);
    for (const secret of [TEST_ADMIN_PASSWORD, authorization.slice('Basic '.length), cookie])
      expect(output).not.toContain(secret);
  });

  it('counts failed passwords and answers 429 RATE_LIMITED after the limit', async () => {
    await awayFromWindowEdge();
    const { adminEmail } = testRun();
    const right = { headers: { authorization: basic(adminEmail, TEST_ADMIN_PASSWORD) } };
    // A success does not spend the budget.
    for (let attempt = 0; attempt < LIMIT + 1; attempt += 1)
      expect((await api.get(DASHBOARD, right)).status).toBe(200);

    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 1; attempt += 1) {
      const response = await api.get(DASHBOARD, {
        headers: { authorization: basic(adminEmail, `wrong password ${attempt}`) },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);

    const limited = await api.get(DASHBOARD, right);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      statusCode: 429,
      code: 'RATE_LIMITED',
      message: expect.any(String),
    });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // The same per-address counter as login: this address is spent there too.
    const login = await api.post('/api/v1/auth/login', {
      email: adminEmail,
      password: TEST_ADMIN_PASSWORD,
    });
    expect(login.status).toBe(429);
  });
});
