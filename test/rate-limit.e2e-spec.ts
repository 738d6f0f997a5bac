import { randomBytes } from 'node:crypto';
import { startApi, type RunningApi } from './support/api-process.js';
import { PASSWORD, newEmail } from './support/factories.js';
import { ApiClient, type ApiResponse } from './support/http-client.js';
import { testRun } from './support/test-environment.js';
import { awayFromWindowEdge } from './support/timing.js';

const LIMIT = 5;

/** Made-up client addresses (TEST-NET-3), fresh for every call, sent as X-Forwarded-For. */
let lastOctet = 0;
const newAddress = () => `203.0.113.${(lastOctet += 1)}`;
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

describe('auth rate limit across two API processes', () => {
  let servers: RunningApi[];
  let clients: ApiClient[];

  beforeAll(async () => {
    // A prefix of its own, so no other test's attempts count here; behind a "proxy", so the
    // test can speak from many client addresses.
    const env = {
      AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      TRUST_PROXY: 'true',
      QUEUE_PREFIX: `${testRun().queuePrefix}-rl-${randomBytes(3).toString('hex')}`,
    };
    servers = await Promise.all([startApi(env), startApi(env)]);
    clients = servers.map((server) => new ApiClient(server.baseUrl));
  });
  afterAll(() => Promise.all(servers.map((server) => server.stop())));

  it('counts login attempts from one address on both processes and answers 429 after the limit', async () => {
    await awayFromWindowEdge();
    const address = newAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 2; attempt += 1) {
      const response = await clients[attempt % 2]!.post(
        '/api/v1/auth/login',
        { email: newEmail('target'), password: 'wrong password' },
        from(address),
      );
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
    const address = newAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 1; attempt += 1) {
      const response = await clients[attempt % 2]!.post(
        '/api/v1/auth/signup',
        { email: newEmail('burst'), password: PASSWORD, fullName: 'Burst' },
        from(address),
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it('counts an IPv6 client by its /64, so a new address in it buys no new attempts', async () => {
    await awayFromWindowEdge();
    const network = `2001:db8:${(lastOctet += 1).toString(16)}:1`;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 1; attempt += 1) {
      const response = await clients[attempt % 2]!.post(
        '/api/v1/auth/login',
        { email: newEmail('v6'), password: 'wrong password' },
        from(`${network}::${attempt + 1}`),
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('never locks an email out: attackers lock out their own addresses, the owner gets in, a little later', async () => {
    await awayFromWindowEdge();
    const email = newEmail('owner');
    const created = await clients[0]!.post(
      '/api/v1/auth/signup',
      { email, password: PASSWORD, fullName: 'Owner' },
      from(newAddress()),
    );
    expect(created.status).toBe(201);

    // Twice the limit of failures for the email, from two addresses, on both processes.
    const attackers = [newAddress(), newAddress()];
    const failures: ApiResponse[] = [];
    for (const attacker of attackers)
      for (let attempt = 0; attempt < LIMIT; attempt += 1)
        failures.push(
          await clients[attempt % 2]!.post(
            '/api/v1/auth/login',
            { email, password: `wrong password ${attempt}` },
            from(attacker),
          ),
        );
    expect(failures.map((response) => response.status)).toEqual(Array(2 * LIMIT).fill(401));
    // The same answer as for an email nobody has.
    const unknown = await clients[1]!.post(
      '/api/v1/auth/login',
      { email: newEmail('nobody'), password: 'wrong password' },
      from(newAddress()),
    );
    expect(unknown.body).toEqual(failures[0]!.body);
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');

    // An attacking address is over its limit, even with the right password.
    const attacker = await clients[0]!.post(
      '/api/v1/auth/login',
      { email, password: PASSWORD },
      from(attackers[0]!),
    );
    expect(attacker.status).toBe(429);

    // The owner, from an address of their own, gets in: slowed down, within the cap.
    const started = Date.now();
    const owner = await clients[1]!.post(
      '/api/v1/auth/login',
      { email, password: PASSWORD },
      from(newAddress()),
    );
    const elapsed = Date.now() - started;
    expect(owner.status).toBe(200);
    expect(owner.body.user.email).toBe(email);
    // LIMIT failures beyond the limit: 5 steps of 250 ms (MAX_SLOWDOWN_MS caps it at 3 s).
    expect(elapsed).toBeGreaterThanOrEqual(LIMIT * 250 - 50);
    expect(elapsed).toBeLessThan(3000 + 2000);
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
