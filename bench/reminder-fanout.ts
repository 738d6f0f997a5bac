/**
 * Reminder delivery through the worker against raw nodemailer, to the same SMTP sink, in the
 * same run. N reminders fall due at one moment (one session, N confirmed participants, planned
 * by the worker itself); the worker fans the reminder time out and sends one email each. The
 * baseline sends the same number of messages of the same size with a pooled nodemailer
 * transport and the same parallelism, and nothing else: no queue, no database, no checks.
 * Then a batch of M due at once, for the lateness from fire time to acceptance by the sink.
 *
 *   npm run build && node dist/bench/reminder-fanout.js [reminders=10000] [batch=1000]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { sessionReminderEmail } from '#core/reminders/index.js';
import { createBenchDatabase, machine, startBenchApi, type BenchDatabase } from './support.js';

const TOTAL = Number(process.argv[2] ?? 10_000);
const BATCH = Number(process.argv[3] ?? 1000);
const CONCURRENCY = 20; // WORKER_CONCURRENCY's default, and the baseline's parallelism
const OFFSET_MS = 60_000; // the session reminder offset, PT1M

/** An SMTP server that accepts everything and notes when each recipient's message arrived. */
class Sink {
  readonly accepted = new Map<string, number[]>();
  private server!: SMTPServer;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        stream.on('data', () => undefined);
        stream.on('end', () => {
          const to = session.envelope.rcptTo[0]?.address ?? '';
          this.accepted.set(to, [...(this.accepted.get(to) ?? []), Date.now()]);
          callback();
        });
      },
    });
    // A client that dies mid-session (a worker killed with SIGKILL) resets its connection: the
    // server reports it as an error event, which is no failure of the sink.
    this.server.on('error', () => undefined);
    this.server.listen(0, '127.0.0.1');
    await once(this.server.server, 'listening');
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  count(prefix: string): number {
    let total = 0;
    for (const [to, times] of this.accepted) if (to.startsWith(prefix)) total += times.length;
    return total;
  }

  times(prefix: string): number[] {
    return [...this.accepted]
      .filter(([to]) => to.startsWith(prefix))
      .flatMap(([, times]) => times)
      .sort((a, b) => a - b);
  }

  stop(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }
}

const sampleEmail = sessionReminderEmail({
  fullName: 'Participant 00000',
  event: { title: 'Bench Forum', dates: '12 July 2027', url: 'http://localhost:3000/events/x' },
  ahead: '1 minute',
  calendarUrl: 'http://localhost:3000/api/v1/calendar/0123456789abcdef0123456789abcdef.ics',
  session: 'Keynote',
  starts: { full: 'Mon 12 Jul 2027, 09:00 (Asia/Seoul, UTC+09:00)', short: 'Mon 12 Jul, 09:00' },
  ends: 'Mon 12 Jul 2027, 10:00 (Asia/Seoul, UTC+09:00)',
  venue: 'Hall A, Seoul, KR',
  description: null,
});

/** Raw nodemailer: the same messages, pooled like the worker's Mailer, CONCURRENCY at a time. */
async function baseline(sink: Sink, count: number): Promise<number> {
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: CONCURRENCY,
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
  });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const index = next++;
        await transport.sendMail({
          from: 'Gofar <no-reply@gofar.local>',
          to: { name: `Participant ${index}`, address: `raw-${index}@bench.gofar.local` },
          subject: sampleEmail.subject,
          text: sampleEmail.text,
          html: sampleEmail.html,
          messageId: `<raw.${index}@gofar.local>`,
        });
      }
    }),
  );
  transport.close();
  return count / ((performance.now() - started) / 1000);
}

/** An event with `count` confirmed participants and one session whose PT1M reminder fires at `fireAt`. */
async function seedReminders(
  pool: pg.Pool,
  label: string,
  count: number,
  fireAt: number,
): Promise<string> {
  const startsAt = new Date(fireAt + OFFSET_MS);
  const [organization] = (
    await pool.query<{ id: string }>(`INSERT INTO organizations (name) VALUES ($1) RETURNING id`, [
      `Bench ${label}`,
    ])
  ).rows;
  const [event] = (
    await pool.query<{ id: string }>(
      `INSERT INTO events (organization_id, title, kind, timezone, starts_on, ends_on, starts_at, capacity, seats_taken,
         status, published_at, event_reminder_offsets, session_reminder_offsets, mission_reminder_offsets)
       VALUES ($1, $2, 'forum', 'Asia/Seoul', ($3::timestamptz AT TIME ZONE 'Asia/Seoul')::date - 1,
         ($3::timestamptz AT TIME ZONE 'Asia/Seoul')::date + 1, $3, $4, $4, 'published', now(), '{}', '{PT1M}', '{}')
       RETURNING id`,
      [organization!.id, `Bench ${label}`, startsAt, count],
    )
  ).rows;
  await pool.query(
    `INSERT INTO sessions (event_id, title, type, starts_at, ends_at, timezone, end_timezone, venue, venue_key)
     VALUES ($1, 'Keynote', 'lecture', $2, $2::timestamptz + interval '1 hour', 'Asia/Seoul', 'Asia/Seoul',
       '{"name":"Hall A","city":"Seoul","country":"KR"}', 'hall a|seoul')`,
    [event!.id, startsAt],
  );
  await pool.query(
    `WITH people AS (
       INSERT INTO users (email, full_name, password_hash)
       SELECT $2 || '-' || n || '@bench.gofar.local', 'Participant ' || n, 'scrypt$1$1$1$x$x'
         FROM generate_series(1, $3::int) n RETURNING id
     )
     INSERT INTO registrations (event_id, user_id, status, nationality, date_of_birth, emergency_contact, confirmed_at)
     SELECT $1, id, 'confirmed', 'VN', DATE '2001-04-09',
       '{"name":"Nguyen Van Binh","phone":"+84 912 345 678","relationship":"father"}', now()
       FROM people`,
    [event!.id, label, count],
  );
  // The plan request a change would write: the worker plans one row per person and one job.
  await pool.query(
    `INSERT INTO outbox (queue, job_name, job_id, payload, run_at)
     VALUES ('reminders', 'plan-reminders', $1, jsonb_build_object('eventId', $2::text, 'requestedAt', now()), now())`,
    [`plan-reminders-${event!.id}-bench`, event!.id],
  );
  return event!.id;
}

function startWorker(database: BenchDatabase, sink: Sink): ChildProcess {
  // BENCH_WORKER_NODE_ARGS (e.g. "--cpu-prof") profiles the worker while it is measured.
  const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  return spawn(process.execPath, [...nodeArgs, 'dist/apps/worker/src/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      QUEUE_PREFIX: database.name,
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      WORKER_CONCURRENCY: String(CONCURRENCY),
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'gofar-bench-secret-0123456789abcdef0123456789',
    },
    stdio: 'inherit',
  });
}

async function scheduledCount(pool: pg.Pool, eventId: string): Promise<number> {
  const { rows } = await pool.query<{ count: string }>(
    `SELECT count(*) FROM notifications WHERE event_id = $1 AND kind = 'session_reminder' AND status = 'scheduled'`,
    [eventId],
  );
  return Number(rows[0]!.count);
}

async function until(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((wait) => setTimeout(wait, 20));
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const api = await startBenchApi(database); // applies the migrations
  await api.stop();
  const pool = new pg.Pool({ connectionString: database.url, max: 5 });
  const sink = new Sink();
  await sink.start();
  const worker = startWorker(database, sink);
  try {
    console.log(`${machine()}; ${TOTAL} reminders due at once, then a batch of ${BATCH}`);

    // Planned well ahead of their time, so planning is not part of what is measured.
    const fireAt = Date.now() + 30_000 + TOTAL * 2;
    const bulk = await seedReminders(pool, 'bulk', TOTAL, fireAt);
    await until(async () => (await scheduledCount(pool, bulk)) === TOTAL, 120_000);
    if (Date.now() > fireAt - 3000) throw new Error('planning took too long; raise the lead time');

    const rawRate = await baseline(sink, TOTAL);
    await until(() => Date.now() >= fireAt, 120_000);
    await until(() => sink.count('bulk-') >= TOTAL, 600_000);
    const bulkTimes = sink.times('bulk-');
    const workerRate = TOTAL / ((bulkTimes.at(-1)! - fireAt) / 1000);
    const recipients = [...sink.accepted.keys()].filter((to) => to.startsWith('bulk-')).length;
    const duplicates = sink.count('bulk-') - recipients;

    const batchFire = Date.now() + 20_000;
    const batch = await seedReminders(pool, 'batch', BATCH, batchFire);
    await until(async () => (await scheduledCount(pool, batch)) === BATCH, 60_000);
    await until(() => sink.count('batch-') >= BATCH, 120_000);
    const lateness = sink.times('batch-').map((time) => time - batchFire);

    console.log(`raw nodemailer        ${rawRate.toFixed(0).padStart(6)} emails/s`);
    console.log(
      `worker (fan-out)      ${workerRate.toFixed(0).padStart(6)} emails/s  (first at +${bulkTimes[0]! - fireAt} ms, last at +${bulkTimes.at(-1)! - fireAt} ms)`,
    );
    console.log(`ratio worker / raw    ${(workerRate / rawRate).toFixed(2)}  (goal >= 0.7)`);
    console.log(`duplicates            ${duplicates}`);
    console.log(
      `batch of ${BATCH}: lateness first ${lateness[0]} ms, p50 ${quantile(lateness, 0.5)} ms, p99 ${quantile(lateness, 0.99)} ms, max ${lateness.at(-1)} ms  (goal p99 < 2000 ms)`,
    );
  } finally {
    worker.kill('SIGTERM');
    await once(worker, 'exit');
    await sink.stop();
    await pool.end();
    await database.drop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
