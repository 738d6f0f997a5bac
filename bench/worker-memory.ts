/**
 * The worker's resident memory over a long run: `total` jobs (100,000 by default) pushed through
 * one worker process, its RSS sampled as they complete. A fifth are real email deliveries
 * (`welcome` notifications composed, sent to an in-process SMTP sink and recorded `sent`), the
 * rest cheap jobs of the reminders queue (a `leave-teams` with no one to remove: one SQL
 * statement). Memory that only grows with the number of jobs done is a leak; a plateau is not.
 *
 *   npm run build && node dist/bench/worker-memory.js [total=100000] [emailShare=0.2]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { createBenchDatabase, machine, startBenchApi, type BenchDatabase } from './support.js';

const TOTAL = Number(process.argv[2] ?? 100_000);
const EMAIL_SHARE = Number(process.argv[3] ?? 0.2);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CHUNK = 1000;

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kib / 1024;
}

async function startSink(): Promise<{ port: number; accepted: () => number; stop(): void }> {
  let accepted = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        accepted += 1;
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  return {
    port: (server.server.address() as AddressInfo).port,
    accepted: () => accepted,
    stop: () => server.close(),
  };
}

function startWorker(database: BenchDatabase, smtpPort: number): ChildProcess {
  return spawn(process.execPath, ['dist/apps/worker/src/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      QUEUE_PREFIX: database.name,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'gofar-bench-secret-0123456789abcdef0123456789',
      // No reconciliation tick in the middle of the measure.
      RECONCILE_INTERVAL_SECONDS: '86400',
    },
    stdio: 'inherit',
  });
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  // The API applies the migrations; it is not needed afterwards.
  await (await startBenchApi(database)).stop();
  const sink = await startSink();
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queues = {
    notifications: new Queue('notifications', { connection, prefix: database.name }),
    reminders: new Queue('reminders', { connection, prefix: database.name }),
  };
  const emails = Math.round(TOTAL * EMAIL_SHARE);
  let worker: ChildProcess | null = null;
  try {
    const { rows: notifications } = await pool.query<{ id: string }>(
      `WITH people AS (
         INSERT INTO users (email, full_name, password_hash)
         SELECT format('memory-%s@bench.gofar.local', n), 'Memory ' || n, 'scrypt$1$1$1$x$x'
           FROM generate_series(1, $1::int) n RETURNING id)
       INSERT INTO notifications (kind, subject_id, recipient_id, fire_at, status)
       SELECT 'welcome', id, id, now(), 'scheduled' FROM people RETURNING id`,
      [emails],
    );
    worker = startWorker(database, sink.port);
    const pid = worker.pid!;
    await new Promise((wait) => setTimeout(wait, 5000)); // start-up
    const samples: { done: number; rss: number; seconds: number }[] = [];
    const started = performance.now();
    samples.push({ done: 0, rss: rssMiB(pid), seconds: 0 });

    // Jobs are added a chunk at a time, interleaved, and kept no longer than they run.
    const options = { removeOnComplete: true, removeOnFail: true };
    let emailIndex = 0;
    for (let added = 0; added < TOTAL; added += CHUNK) {
      const size = Math.min(CHUNK, TOTAL - added);
      const emailCount = Math.min(Math.round(size * EMAIL_SHARE), emails - emailIndex);
      await queues.notifications.addBulk(
        notifications.slice(emailIndex, emailIndex + emailCount).map((row) => ({
          name: 'deliver-notification',
          data: { notificationId: row.id },
          opts: { ...options, jobId: `memory-${row.id}` },
        })),
      );
      emailIndex += emailCount;
      await queues.reminders.addBulk(
        Array.from({ length: size - emailCount }, () => ({
          name: 'leave-teams',
          data: { registrationIds: [] },
          opts: options,
        })),
      );
      // Keep the backlog short, so memory reflects the work done, not the queue's length.
      for (;;) {
        const waiting =
          (await queues.notifications.getWaitingCount()) +
          (await queues.reminders.getWaitingCount());
        if (waiting < CHUNK) break;
        await new Promise((wait) => setTimeout(wait, 50));
      }
      const done = added + size;
      if (done % 10_000 === 0)
        samples.push({
          done,
          rss: rssMiB(pid),
          seconds: (performance.now() - started) / 1000,
        });
    }
    for (;;) {
      const left =
        (await queues.notifications.getWaitingCount()) +
        (await queues.notifications.getActiveCount()) +
        (await queues.reminders.getWaitingCount()) +
        (await queues.reminders.getActiveCount());
      if (left === 0 && sink.accepted() >= emails) break;
      await new Promise((wait) => setTimeout(wait, 200));
    }
    const seconds = (performance.now() - started) / 1000;
    samples.push({ done: TOTAL, rss: rssMiB(pid), seconds });
    await new Promise((wait) => setTimeout(wait, 5000));
    samples.push({ done: TOTAL, rss: rssMiB(pid), seconds: seconds + 5 });
    const { rows: sent } = await pool.query<{ count: string }>(
      `SELECT count(*) FROM notifications WHERE kind = 'welcome' AND status = 'sent'`,
    );

    console.log(`machine: ${machine()}`);
    console.log(
      `${TOTAL} jobs in ${seconds.toFixed(0)} s (${(TOTAL / seconds).toFixed(0)}/s): ${emails} welcome emails (${sent[0]!.count} logged sent, ${sink.accepted()} accepted by the sink), ${TOTAL - emails} leave-teams`,
    );
    console.log('jobs done   RSS (MiB)   elapsed');
    for (const sample of samples)
      console.log(
        `${String(sample.done).padStart(9)}   ${sample.rss.toFixed(1).padStart(9)}   ${sample.seconds.toFixed(0).padStart(5)} s`,
      );
  } finally {
    if (worker) {
      worker.kill('SIGTERM');
      await once(worker, 'exit');
    }
    await queues.notifications.obliterate({ force: true }).catch(() => undefined);
    await queues.reminders.obliterate({ force: true }).catch(() => undefined);
    await queues.notifications.close();
    await queues.reminders.close();
    connection.disconnect();
    await pool.end();
    sink.stop();
    await database.drop();
  }
}

await main();
