import { PASSWORD, loginAdmin, newEmail, signup, type Account } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';
import { SmtpSink } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import { pause } from './support/timing.js';

async function signupMany(client: ApiClient, count: number, label: string): Promise<Account[]> {
  return Promise.all(Array.from({ length: count }, () => signup(client, label)));
}

interface LogRow {
  kind: string;
  status: string;
  attempts: number;
  last_error: string | null;
  reason: string | null;
  fire_at: Date;
  subject_id: string;
  recipient_id: string;
}

describe('notification pipeline', () => {
  describe('with one worker', () => {
    let sink: SmtpSink;
    let stack: Stack;

    beforeAll(async () => {
      sink = await SmtpSink.start();
      stack = await Stack.start(sink.url);
      await stack.startWorker();
    });
    afterAll(async () => {
      await stack?.stop();
      await sink?.stop();
    });

    it('a signup produces exactly one welcome email with both parts and the Message-ID of its key', async () => {
      const account = await signup(stack.client, 'welcome');
      await sink.waitFor(() => sink.to(account.email).length >= 1);
      await pause(1500);
      const mails = sink.to(account.email);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail!.subject).toBe('Welcome to Gofar');
      expect(mail!.text).toContain(`Hello ${account.fullName},`);
      expect(mail!.html).toContain('<!doctype html>');
      expect(mail!.html).toContain(`Hello ${account.fullName},`);

      const [row] = await stack.query<LogRow>(
        `SELECT * FROM notifications WHERE kind = 'welcome' AND recipient_id = $1`,
        [account.id],
      );
      expect(row).toMatchObject({ status: 'sent', attempts: 1, subject_id: account.id });
      expect(mail!.messageId).toBe(
        `<welcome.${account.id}.${account.id}.${new Date(row!.fire_at).getTime()}@gofar.local>`,
      );
    });

    it('tells a person they were added to an organization, and with which role', async () => {
      const adminToken = (await loginAdmin(stack.client)).token;
      const organization = await stack.client.post(
        '/api/v1/organizations',
        { name: 'Hanoi Youth Desk' },
        { token: adminToken },
      );
      const person = await signup(stack.client, 'mentor');
      await stack.client.post(
        `/api/v1/organizations/${organization.body.id}/members`,
        { email: person.email, role: 'staff' },
        { token: adminToken },
      );
      await sink.waitFor(() =>
        sink.to(person.email).some((mail) => mail.subject.includes('Hanoi Youth Desk')),
      );
      const added = sink
        .to(person.email)
        .find((mail) => mail.subject.includes('Hanoi Youth Desk'))!;
      expect(added.subject).toBe('You were added to Hanoi Youth Desk as staff');
      expect(added.text).toContain('You were added to Hanoi Youth Desk on Gofar as staff.');

      await stack.client.post(
        `/api/v1/organizations/${organization.body.id}/members`,
        { email: person.email, role: 'organizer' },
        { token: adminToken },
      );
      await sink.waitFor(() =>
        sink
          .to(person.email)
          .some((mail) => mail.subject === 'You are now organizer at Hanoi Youth Desk'),
      );
      // Setting the same role again changes nothing and sends nothing.
      await stack.client.post(
        `/api/v1/organizations/${organization.body.id}/members`,
        { email: person.email, role: 'organizer' },
        { token: adminToken },
      );
      await pause(1500);
      expect(
        sink.to(person.email).filter((mail) => mail.subject.includes('Hanoi Youth Desk')),
      ).toHaveLength(2);
    });
  });

  it('with the worker stopped, signups still succeed; their emails arrive once when a worker starts', async () => {
    const sink = await SmtpSink.start();
    const stack = await Stack.start(sink.url);
    try {
      const accounts = await signupMany(stack.client, 6, 'offline');
      await pause(1000);
      expect(sink.messages).toHaveLength(0);
      const [queued] = await stack.query<{ count: string }>(`SELECT count(*) FROM outbox`);
      expect(Number(queued!.count)).toBeGreaterThanOrEqual(6);

      await stack.startWorker();
      await sink.waitFor((messages) =>
        accounts.every((account) => messages.some((mail) => mail.to === account.email)),
      );
      await pause(1500);
      for (const account of accounts) expect(sink.to(account.email)).toHaveLength(1);
      expect(await stack.query(`SELECT id FROM outbox`)).toEqual([]);
    } finally {
      await stack.stop();
      await sink.stop();
    }
  });

  it('two worker processes: every email once', async () => {
    const sink = await SmtpSink.start({ delayMs: 20 });
    const stack = await Stack.start(sink.url);
    try {
      await Promise.all([stack.startWorker(), stack.startWorker()]);
      const accounts = await signupMany(stack.client, 30, 'pair');
      await sink.waitFor((messages) => messages.length >= 30, 30_000);
      await pause(2000);
      expect(sink.messages).toHaveLength(30);
      expect(new Set(sink.messages.map((mail) => mail.to))).toEqual(
        new Set(accounts.map((account) => account.email)),
      );
      const statuses = await stack.query<{ status: string; attempts: number }>(
        `SELECT status, attempts FROM notifications`,
      );
      expect(statuses).toHaveLength(30);
      expect(statuses.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
    } finally {
      await stack.stop();
      await sink.stop();
    }
  });

  it('a 421 reply twice, then acceptance: delivered once after 3 attempts; a 550 reply: failed at once, no retry', async () => {
    const greylisted = newEmail('greylisted');
    const refused = newEmail('refused');
    const sink = await SmtpSink.start({
      verdict: (recipient, attempt) => {
        if (recipient === greylisted && attempt <= 2)
          return { code: 421, message: 'Try again later' };
        if (recipient === refused) return { code: 550, message: 'No such mailbox here' };
        return null;
      },
    });
    const stack = await Stack.start(sink.url);
    try {
      await stack.startWorker();
      const create = (email: string) =>
        stack.client.post('/api/v1/auth/signup', {
          email,
          password: PASSWORD,
          fullName: 'Mail Test',
        });
      expect((await create(greylisted)).status).toBe(201);
      expect((await create(refused)).status).toBe(201);

      await sink.waitFor(() => sink.to(greylisted).length === 1, 30_000);
      const rows = async (email: string) =>
        stack.query<LogRow>(
          `SELECT n.* FROM notifications n JOIN users u ON u.id = n.recipient_id WHERE u.email = $1`,
          [email],
        );
      const [delivered] = await rows(greylisted);
      expect(delivered).toMatchObject({ status: 'sent', attempts: 3 });
      expect(delivered!.last_error).toBeNull();
      expect(sink.attemptsFor(greylisted)).toBe(3);

      // The refusal came long before the greylisted message's third attempt; give a retry time to show.
      await pause(3000);
      const [failed] = await rows(refused);
      expect(failed).toMatchObject({
        status: 'failed',
        attempts: 1,
        reason: 'the mail server refused the message',
      });
      expect(failed!.last_error).toContain('550');
      expect(failed!.last_error).toContain('No such mailbox here');
      expect(sink.attemptsFor(refused)).toBe(1);
      expect(sink.to(refused)).toHaveLength(0);
    } finally {
      await stack.stop();
      await sink.stop();
    }
  });

  it('SIGTERM with 50 emails in flight: the worker finishes them and exits; the next worker sends the rest, each once', async () => {
    const sink = await SmtpSink.start({ delayMs: 300 });
    const stack = await Stack.start(sink.url);
    try {
      const accounts = await signupMany(stack.client, 50, 'drain');
      const worker = await stack.startWorker({ WORKER_CONCURRENCY: '20' });
      const deadline = Date.now() + 20_000;
      while (sink.started < 10 && Date.now() < deadline) await pause(20);
      expect(sink.started).toBeGreaterThanOrEqual(10);

      const exitCode = await worker.stop(30_000);
      expect(exitCode).toBe(0);
      expect(worker.output()).toContain('Gofar worker stopped');
      const delivered = sink.messages.length;
      expect(delivered).toBeGreaterThanOrEqual(10);
      expect(delivered).toBeLessThan(50);
      const left = await stack.query<{ status: string; count: string }>(
        `SELECT status, count(*) FROM notifications GROUP BY status`,
      );
      expect(left.find((row) => row.status === 'sending')).toBeUndefined();
      expect(Number(left.find((row) => row.status === 'sent')?.count ?? 0)).toBe(delivered);

      await stack.startWorker();
      await sink.waitFor((messages) => messages.length >= 50, 40_000);
      await pause(1500);
      expect(sink.messages).toHaveLength(50);
      for (const account of accounts) expect(sink.to(account.email)).toHaveLength(1);
    } finally {
      await stack.stop();
      await sink.stop();
    }
  });
});
