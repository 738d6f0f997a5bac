import { randomBytes } from 'node:crypto';
import { startApi, type RunningApi } from './support/api-process.js';
import { PASSWORD, newEmail } from './support/factories.js';
import { ApiClient } from './support/http-client.js';
import { testRun } from './support/test-environment.js';

const LIMIT = 5;

/** Fixed one-minute windows: start a burst well inside one, so the test cannot straddle two. */
async function awayFromWindowEdge(): Promise<void> {
  const second = (Date.now() / 1000) % 60;
  if (second > 45) await new Promise((wait) => setTimeout(wait, (61 - second) * 1000));
}

describe('auth rate limit across two API processes', () => {
  let servers: RunningApi[];
  let clients: ApiClient[];

  beforeAll(async () => {
    // A prefix of its own, so no other test's attempts count here.
    const env = {
      AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      QUEUE_PREFIX: `${testRun().queuePrefix}-rl-${randomBytes(3).toString('hex')}`,
    };
    servers = await Promise.all([startApi(env), startApi(env)]);
    clients = servers.map((server) => new ApiClient(server.baseUrl));
  });
  afterAll(() => Promise.all(servers.map((server) => server.stop())));

  it('counts login attempts for one email on both processes and answers 429 after the limit', async () => {
    await awayFromWindowEdge();
    const email = newEmail('target');
    // Different client addresses (X-Forwarded-For is ignored without TRUST_PROXY; the email key still counts).
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 2; attempt += 1) {
      const response = await clients[attempt % 2]!.post('/api/v1/auth/login', {
        email,
        password: 'wrong password',
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.body.code).toBe('RATE_LIMITED');
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('also limits one client address across many emails, signup included', async () => {
    await awayFromWindowEdge();
    // The previous test spent this address's budget in the current window unless a minute turned.
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 1; attempt += 1) {
      const response = await clients[attempt % 2]!.post('/api/v1/auth/signup', {
        email: newEmail('burst'),
        password: PASSWORD,
        fullName: 'Burst',
      });
      statuses.push(response.status);
    }
    // Either a fresh window (five accepted, then refused) or the same one (all refused).
    expect([
      [201, 201, 201, 201, 201, 429],
      [429, 429, 429, 429, 429, 429],
    ]).toContainEqual(statuses);
  });

  it('a limit of 0 turns the limit off', async () => {
    const unlimited = await startApi({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
    try {
      const client = new ApiClient(unlimited.baseUrl);
      const email = newEmail('free');
      const statuses = await Promise.all(
        Array.from({ length: LIMIT * 3 }, () =>
          client
            .post('/api/v1/auth/login', { email, password: 'wrong password' })
            .then((r) => r.status),
        ),
      );
      expect(new Set(statuses)).toEqual(new Set([401]));
    } finally {
      await unlimited.stop();
    }
  });
});
