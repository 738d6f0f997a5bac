import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import {
  PASSWORD,
  type Account,
  loginAdmin,
  newEmail,
  newEvent,
  newOrganization,
} from './support/factories.js';
import type { ApiClient, ApiResponse } from './support/http-client.js';
import { registrationBody } from './support/registration-body.js';
import { type CapturedMail, SmtpSink } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import { REDIS_URL } from './support/test-environment.js';
import { pause } from './support/timing.js';

const ORIGIN = 'http://localhost:3000';
const NEW_PASSWORD = 'a brand new passphrase';
/** Password-reset requests one client address may make per minute (AUTH_RATE_LIMIT_PER_MINUTE). */
const LIMIT = 20;

/** A made-up client address (TRUST_PROXY is on), so no test spends another's budget. */
const someAddress = () => `10.${randomBytes(3).join('.')}`;

/** The token of the link to `page` in a mail's text part. */
function linkToken(mail: CapturedMail, page: 'verify-email' | 'reset-password'): string {
  const match = new RegExp(`${ORIGIN}/${page}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`no /${page} link in:\n${mail.text}`);
  expect(mail.html).toContain(`${ORIGIN}/${page}?token=${match[1]}`);
  return match[1]!;
}

describe('account lifecycle: verifying an address, resetting a password, the profile', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let api: ApiClient;
  let redis: Redis;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await Stack.start(sink.url, {
      PUBLIC_URL: ORIGIN,
      AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      TRUST_PROXY: 'true',
      // Every request line is logged, so the log can be searched for tokens.
      LOG_LEVEL: 'info',
    });
    api = stack.client;
    await stack.startWorker();
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    redis?.disconnect();
    await stack?.stop();
    await sink?.stop();
  });

  async function signup(label = 'participant'): Promise<Account> {
    const email = newEmail(label);
    const fullName = `Test ${label}`;
    const response = await api.post(
      '/api/v1/auth/signup',
      { email, password: PASSWORD, fullName },
      { headers: { 'x-forwarded-for': someAddress() } },
    );
    expect(response.status).toBe(201);
    return { id: response.body.user.id, email, fullName, token: response.body.accessToken };
  }

  const mailsTo = (account: { email: string }, subject: string) =>
    sink.to(account.email).filter((mail) => mail.subject === subject);

  async function welcomeOf(account: Account): Promise<CapturedMail> {
    await sink.waitFor(() => mailsTo(account, 'Welcome to Gofar').length === 1);
    return mailsTo(account, 'Welcome to Gofar')[0]!;
  }

  const verify = (token: string) => api.post('/api/v1/auth/verify-email', { token });
  const resend = (account: Account) =>
    api.post('/api/v1/auth/verify-email/resend', undefined, { token: account.token });
  const requestReset = (email: string, address = someAddress()) =>
    api.post('/api/v1/auth/password-reset', { email }, { headers: { 'x-forwarded-for': address } });
  const login = (email: string, password: string) =>
    api.post(
      '/api/v1/auth/login',
      { email, password },
      { headers: { 'x-forwarded-for': someAddress() } },
    );

  function expectTokenInvalid(response: ApiResponse): void {
    expect(response.status).toBe(422);
    expect(response.body).toEqual({
      statusCode: 422,
      code: 'TOKEN_INVALID',
      message: expect.any(String),
    });
  }

  describe('verifying the email address', () => {
    it('sends the link with the welcome; the token verifies once, then is TOKEN_INVALID', async () => {
      const account = await signup();
      const me = await api.get('/api/v1/me', { token: account.token });
      expect(me.body.emailVerifiedAt).toBeNull();

      const token = linkToken(await welcomeOf(account), 'verify-email');
      const verified = await verify(token);
      expect(verified.status).toBe(200);
      expect(verified.body.user).toMatchObject({ id: account.id, email: account.email });
      expect(Date.parse(verified.body.user.emailVerifiedAt)).toBeGreaterThan(Date.now() - 60_000);
      const after = await api.get('/api/v1/me', { token: account.token });
      expect(after.body.emailVerifiedAt).toBe(verified.body.user.emailVerifiedAt);

      expectTokenInvalid(await verify(token));
      expectTokenInvalid(await verify('not-a-token'));
      expectTokenInvalid(await verify(randomBytes(32).toString('base64url')));
    });

    it('keeps the raw token out of the database: only its hash, never in the outbox or the log', async () => {
      const account = await signup();
      const token = linkToken(await welcomeOf(account), 'verify-email');
      const dump = JSON.stringify(
        await Promise.all([
          stack.query('SELECT * FROM account_tokens WHERE user_id = $1', [account.id]),
          stack.query('SELECT * FROM notifications WHERE recipient_id = $1', [account.id]),
          stack.query('SELECT * FROM outbox'),
        ]),
      );
      expect(dump).not.toContain(token);
      const [row] = await stack.query<{ kind: string; token_hash: string }>(
        'SELECT kind, token_hash FROM account_tokens WHERE user_id = $1',
        [account.id],
      );
      expect(row).toMatchObject({ kind: 'email_verification', token_hash: expect.any(String) });
      expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);

      // The page the link opens, and the verification itself, leave no token in the logs.
      await api.get(`/verify-email?token=${token}`);
      expect((await verify(token)).status).toBe(200);
      const deadline = Date.now() + 10_000;
      while (!stack.api.transcript().includes('"url":"/api/v1/auth/verify-email"')) {
        if (Date.now() > deadline) throw new Error('the request line was not logged');
        await pause(100);
      }
      expect(stack.workers[0]!.transcript()).not.toContain(token);
      expect(stack.api.transcript()).not.toContain(token);
    });

    it('refuses an expired token', async () => {
      const account = await signup();
      const token = linkToken(await welcomeOf(account), 'verify-email');
      const [row] = await stack.query<{ created_at: Date; expires_at: Date }>(
        'SELECT created_at, expires_at FROM account_tokens WHERE user_id = $1',
        [account.id],
      );
      // Valid 7 days.
      expect(new Date(row!.expires_at).getTime() - new Date(row!.created_at).getTime()).toBe(
        7 * 24 * 3600 * 1000,
      );
      await stack.query(
        `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [account.id],
      );
      expectTokenInvalid(await verify(token));
      const me = await api.get('/api/v1/me', { token: account.token });
      expect(me.body.emailVerifiedAt).toBeNull();
    });

    it('resends at most one email a minute (the welcome counts); a new link voids the old', async () => {
      const account = await signup();
      const welcomeToken = linkToken(await welcomeOf(account), 'verify-email');

      const tooSoon = await resend(account);
      expect(tooSoon.status).toBe(202);
      await pause(2000);
      expect(sink.to(account.email)).toHaveLength(1);

      // A minute later (the Redis slot expires): one more link.
      const keys = await redis.keys(`${stack.env.QUEUE_PREFIX}:rate:verify-email:${account.id}`);
      expect(keys).toHaveLength(1);
      await redis.del(...keys);
      const again = await resend(account);
      expect(again.status).toBe(202);
      expect(again.body).toEqual(tooSoon.body);
      await sink.waitFor(() => mailsTo(account, 'Confirm your email address').length === 1);
      const token = linkToken(mailsTo(account, 'Confirm your email address')[0]!, 'verify-email');
      expect(token).not.toBe(welcomeToken);

      // Within the minute again: answered the same, nothing sent.
      for (let attempt = 0; attempt < 3; attempt += 1)
        expect((await resend(account)).status).toBe(202);
      await pause(2000);
      expect(mailsTo(account, 'Confirm your email address')).toHaveLength(1);

      expectTokenInvalid(await verify(welcomeToken));
      expect((await verify(token)).status).toBe(200);
    });

    it('sends nothing to a verified address, and needs a signed-in caller', async () => {
      const account = await signup();
      expect((await verify(linkToken(await welcomeOf(account), 'verify-email'))).status).toBe(200);
      await redis.del(`${stack.env.QUEUE_PREFIX}:rate:verify-email:${account.id}`);
      expect((await resend(account)).status).toBe(202);
      await pause(2000);
      expect(sink.to(account.email)).toHaveLength(1);
      expect((await api.post('/api/v1/auth/verify-email/resend')).status).toBe(401);
    });

    it('counts the start-up admin as verified', async () => {
      const admin = await loginAdmin(api);
      const me = await api.get('/api/v1/me', { token: admin.token });
      expect(me.body.emailVerifiedAt).toEqual(expect.any(String));
    });
  });

  describe('events that require a verified address', () => {
    it('refuse an unverified registrant with 422 EMAIL_NOT_VERIFIED, then take them once verified', async () => {
      const centre = await newOrganization(api, await loginAdmin(api));
      const event = await newEvent(api, centre.organizer, centre.id, {
        requireVerifiedEmail: true,
      });
      expect(event.requireVerifiedEmail).toBe(true);
      const plain = await newEvent(api, centre.organizer, centre.id);
      expect(plain.requireVerifiedEmail).toBe(false);
      for (const id of [event.id, plain.id])
        expect(
          (await api.post(`/api/v1/events/${id}/publish`, {}, { token: centre.organizer.token }))
            .status,
        ).toBe(200);

      const participant = await signup();
      const refused = await api.post(
        `/api/v1/events/${event.id}/registrations`,
        registrationBody(),
        { token: participant.token },
      );
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');
      // An event without the rule takes them as they are.
      const elsewhere = await api.post(
        `/api/v1/events/${plain.id}/registrations`,
        registrationBody(),
        { token: participant.token },
      );
      expect(elsewhere.status).toBe(201);

      expect((await verify(linkToken(await welcomeOf(participant), 'verify-email'))).status).toBe(
        200,
      );
      const registered = await api.post(
        `/api/v1/events/${event.id}/registrations`,
        registrationBody(),
        { token: participant.token },
      );
      expect(registered.status).toBe(201);

      const list = await api.get(`/api/v1/events/${plain.id}/registrations`, {
        token: centre.organizer.token,
      });
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({ userId: participant.id, emailVerified: true }),
      ]);
      const detail = await api.get(`/api/v1/registrations/${registered.body.id}`, {
        token: centre.organizer.token,
      });
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({ email: participant.email, emailVerified: true });

      const relaxed = await api.patch(
        `/api/v1/events/${event.id}`,
        { requireVerifiedEmail: false },
        { token: centre.organizer.token },
      );
      expect(relaxed.status).toBe(200);
      expect(relaxed.body.requireVerifiedEmail).toBe(false);
      const unverified = await signup();
      const late = await api.post(`/api/v1/events/${event.id}/registrations`, registrationBody(), {
        token: unverified.token,
      });
      expect(late.status).toBe(201);
      const staffView = await api.get(`/api/v1/registrations/${late.body.id}`, {
        token: centre.organizer.token,
      });
      expect(staffView.body.emailVerified).toBe(false);
    });
  });

  describe('resetting a forgotten password', () => {
    it('answers known and unknown emails alike; only a known one gets a link', async () => {
      const account = await signup();
      const unknown = newEmail('nobody');
      const known = await requestReset(account.email);
      const stranger = await requestReset(unknown);
      expect(known.status).toBe(202);
      expect(stranger.status).toBe(202);
      expect(stranger.body).toEqual(known.body);
      await sink.waitFor(() => mailsTo(account, 'Reset your Gofar password').length === 1);
      linkToken(mailsTo(account, 'Reset your Gofar password')[0]!, 'reset-password');
      expect(sink.to(unknown)).toHaveLength(0);
      const rows = await stack.query(
        `SELECT 1 FROM notifications WHERE kind = 'password_reset' AND recipient_id = $1`,
        [account.id],
      );
      expect(rows).toHaveLength(1);
    });

    it('answers the same over the limits, and then sends nothing', async () => {
      const account = await signup();
      const first = await requestReset(account.email);
      await sink.waitFor(() => mailsTo(account, 'Reset your Gofar password').length === 1);
      // Per email: one a minute, for known and unknown emails alike.
      const unknown = newEmail('nobody');
      const answers = [
        await requestReset(account.email),
        await requestReset(unknown),
        await requestReset(unknown),
      ];
      // Per address: LIMIT requests a minute, whatever the emails.
      const address = someAddress();
      for (let attempt = 0; attempt < LIMIT; attempt += 1)
        answers.push(await requestReset(newEmail('spray'), address));
      const fresh = await signup();
      answers.push(await requestReset(fresh.email, address));
      for (const answer of answers) {
        expect(answer.status).toBe(first.status);
        expect(answer.body).toEqual(first.body);
      }
      await pause(2500);
      expect(mailsTo(account, 'Reset your Gofar password')).toHaveLength(1);
      expect(mailsTo(fresh, 'Reset your Gofar password')).toHaveLength(0);
      // From another address, the fresh account's email is still within its own limit.
      await requestReset(fresh.email);
      await sink.waitFor(() => mailsTo(fresh, 'Reset your Gofar password').length === 1);
    });

    it('resets once with the emailed token, revoking every session and token', async () => {
      const account = await signup();
      const session = await api.post(
        '/api/v1/auth/session',
        { email: account.email, password: PASSWORD },
        { headers: { origin: ORIGIN, 'x-forwarded-for': someAddress() } },
      );
      expect(session.status).toBe(200);
      const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0]!;
      expect((await requestReset(account.email)).status).toBe(202);
      await sink.waitFor(() => mailsTo(account, 'Reset your Gofar password').length === 1);
      const token = linkToken(mailsTo(account, 'Reset your Gofar password')[0]!, 'reset-password');
      const [row] = await stack.query<{ created_at: Date; expires_at: Date }>(
        `SELECT created_at, expires_at FROM account_tokens WHERE user_id = $1 AND kind = 'password_reset'`,
        [account.id],
      );
      expect(new Date(row!.expires_at).getTime() - new Date(row!.created_at).getTime()).toBe(
        3600 * 1000,
      );

      const short = await api.post('/api/v1/auth/password-reset/confirm', {
        token,
        password: 'short',
      });
      expect(short.status).toBe(400);
      const reset = await api.post('/api/v1/auth/password-reset/confirm', {
        token,
        password: NEW_PASSWORD,
      });
      expect(reset.status).toBe(200);
      expect(reset.body.user).toMatchObject({ id: account.id });
      // The link reached the address: it counts as verified.
      expect(reset.body.user.emailVerifiedAt).toEqual(expect.any(String));

      expect((await login(account.email, PASSWORD)).status).toBe(401);
      expect((await login(account.email, NEW_PASSWORD)).status).toBe(200);
      expect((await api.get('/api/v1/me', { token: account.token })).status).toBe(401);
      const stale = await api.get('/api/v1/auth/session', { headers: { cookie } });
      expect(stale.status).toBe(401);

      expectTokenInvalid(
        await api.post('/api/v1/auth/password-reset/confirm', {
          token,
          password: 'yet another one',
        }),
      );
      expect((await login(account.email, NEW_PASSWORD)).status).toBe(200);
      // A verification token is no reset token.
      expectTokenInvalid(
        await api.post('/api/v1/auth/password-reset/confirm', {
          token: linkToken(await welcomeOf(account), 'verify-email'),
          password: 'yet another one',
        }),
      );
    });

    it('refuses an expired reset token', async () => {
      const account = await signup();
      await requestReset(account.email);
      await sink.waitFor(() => mailsTo(account, 'Reset your Gofar password').length === 1);
      const token = linkToken(mailsTo(account, 'Reset your Gofar password')[0]!, 'reset-password');
      await stack.query(
        `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND kind = 'password_reset'`,
        [account.id],
      );
      expectTokenInvalid(
        await api.post('/api/v1/auth/password-reset/confirm', { token, password: NEW_PASSWORD }),
      );
      expect((await login(account.email, PASSWORD)).status).toBe(200);
    });
  });

  describe('PATCH /me', () => {
    it('changes the name, language and zone, storing the zone’s canonical name', async () => {
      const account = await signup();
      const changed = await api.patch(
        '/api/v1/me',
        { fullName: '  Kim Min-jun ', locale: 'ko', timezone: 'asia/seoul' },
        { token: account.token },
      );
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        id: account.id,
        fullName: 'Kim Min-jun',
        locale: 'ko',
        timezone: 'Asia/Seoul',
        memberships: [],
      });
      const partial = await api.patch('/api/v1/me', { locale: 'th' }, { token: account.token });
      expect(partial.body).toMatchObject({
        fullName: 'Kim Min-jun',
        locale: 'th',
        timezone: 'Asia/Seoul',
      });
      const cleared = await api.patch('/api/v1/me', { timezone: null }, { token: account.token });
      expect(cleared.body.timezone).toBeNull();
      const linked = await api.patch(
        '/api/v1/me',
        { timezone: 'US/Pacific' },
        { token: account.token },
      );
      expect(linked.body.timezone).toBe('America/Los_Angeles');
    });

    it('refuses an unsupported language, a zone that is none, and fields it does not know', async () => {
      const account = await signup();
      for (const [body, field] of [
        [{ locale: 'fr' }, 'locale'],
        [{ locale: null }, 'locale'],
        [{ timezone: 'Mars/Olympus_Mons' }, 'timezone'],
        [{ timezone: '+09:00' }, 'timezone'],
        [{ fullName: '' }, 'fullName'],
        [{ fullName: null }, 'fullName'],
        [{ email: 'other@gofar.test' }, 'email'],
      ] as const) {
        const response = await api.patch('/api/v1/me', body, { token: account.token });
        expect([field, response.status]).toEqual([field, 400]);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        const fields = response.body.details.map((detail: { field: string }) => detail.field);
        expect([...new Set(fields)]).toEqual([field]);
      }
      const me = await api.get('/api/v1/me', { token: account.token });
      expect(me.body).toMatchObject({ locale: 'en', timezone: null, email: account.email });
    });
  });
});
