import jwt from 'jsonwebtoken';
import { startApi, type RunningApi } from './support/api-process.js';
import { PASSWORD, newEmail, signup } from './support/factories.js';
import { ApiClient } from './support/http-client.js';
import { TEST_JWT_SECRET } from './support/test-environment.js';
import { pause } from './support/timing.js';

describe('accounts: signup, login, /me', () => {
  let server: RunningApi;
  let api: ApiClient;

  beforeAll(async () => {
    server = await startApi();
    api = new ApiClient(server.baseUrl);
  });
  afterAll(() => server?.stop());

  it('signs up, logs in and reads /me with memberships', async () => {
    const email = newEmail('linh');
    const created = await api.post('/api/v1/auth/signup', {
      email: email.toUpperCase(),
      password: PASSWORD,
      fullName: 'Nguyen Thi Linh',
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email, fullName: 'Nguyen Thi Linh', isAdmin: false });
    expect(created.body.user).not.toHaveProperty('passwordHash');
    expect(typeof created.body.accessToken).toBe('string');

    const login = await api.post('/api/v1/auth/login', { email, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user.id).toBe(created.body.user.id);

    const me = await api.get('/api/v1/me', { token: login.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: created.body.user.id, email, memberships: [] });
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    const account = await signup(api);
    const again = await api.post('/api/v1/auth/signup', {
      email: ` ${account.email.toUpperCase()} `,
      password: PASSWORD,
      fullName: 'Twin',
    });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      statusCode: 409,
      code: 'EMAIL_TAKEN',
      message: expect.any(String),
    });
  });

  it('answers every credential mismatch with the same 401', async () => {
    const account = await signup(api);
    const wrongPassword = await api.post('/api/v1/auth/login', {
      email: account.email,
      password: 'not the password',
    });
    const unknownEmail = await api.post('/api/v1/auth/login', {
      email: newEmail('nobody'),
      password: PASSWORD,
    });
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('INVALID_CREDENTIALS');
    }
    expect(wrongPassword.body.message).toBe(unknownEmail.body.message);
  });

  it('validates signup input with details for every problem', async () => {
    const response = await api.post('/api/v1/auth/signup', {
      email: 'not-an-email',
      password: 'short',
      fullName: '',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = response.body.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'fullName']));
  });

  it('stores passwords as scrypt hashes, never in clear', async () => {
    const { query } = await import('./support/databases.js');
    const { testRun } = await import('./support/test-environment.js');
    const account = await signup(api);
    const [row] = await query<{ password_hash: string }>(
      testRun().databaseUrl,
      'SELECT password_hash FROM users WHERE id = $1',
      [account.id],
    );
    expect(row!.password_hash).toMatch(/^scrypt\$32768\$8\$3\$[\w-]+\$[\w-]+$/);
    expect(row!.password_hash).not.toContain(PASSWORD);
  });

  describe('tokens', () => {
    it('401 without a token', async () => {
      const response = await api.get('/api/v1/me');
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });

    it('401 with an expired token', async () => {
      const account = await signup(api);
      const expired = jwt.sign(
        { sub: account.id, exp: Math.floor(Date.now() / 1000) - 60 },
        TEST_JWT_SECRET,
        { algorithm: 'HS256' },
      );
      const response = await api.get('/api/v1/me', { token: expired });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });

    it('401 with a token signed by another key, or unsigned', async () => {
      const account = await signup(api);
      const forged = jwt.sign({ sub: account.id }, 'some-other-secret-0123456789abcdefghij', {
        algorithm: 'HS256',
      });
      const unsigned = jwt.sign({ sub: account.id }, '', { algorithm: 'none' });
      for (const token of [forged, unsigned, 'garbage']) {
        expect((await api.get('/api/v1/me', { token })).status).toBe(401);
      }
    });

    it('expires after JWT_TTL', async () => {
      const shortLived = await startApi({ JWT_TTL: 'PT5S' });
      try {
        const client = new ApiClient(shortLived.baseUrl);
        const account = await signup(client);
        expect((await client.get('/api/v1/me', { token: account.token })).status).toBe(200);
        await pause(5600);
        expect((await client.get('/api/v1/me', { token: account.token })).status).toBe(401);
      } finally {
        await shortLived.stop();
      }
    });
  });
});
