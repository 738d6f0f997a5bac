/**
 * A registration rush: POST /api/v1/events/:id/registrations at concurrency 50 spread over many
 * events, against its baseline, the same core SQL through pgbench (the conditional seat update
 * and the insert in one transaction, at the same concurrency). Runs alternate, baseline then
 * API, ROUNDS times with the worker stopped (the API path alone), then ROUNDS times with a
 * worker running and delivering to an SMTP sink in this process (every email must arrive,
 * exactly once). Prints every run, the medians and the ratios; checks that no event is
 * overbooked and that no answer is a 5xx; samples the resident memory of every API process.
 * The API runs API_PROCESSES processes (default: one per core).
 *
 *   npm run build && node dist/bench/registration-rush.js [registrations=1500] [concurrency=50] [events=100] [rounds=5]
 *
 * Without pgbench on the PATH the baseline is the same SQL sent with `pg` from this process.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import {
  BENCH_JWT_SECRET,
  createBenchDatabase,
  line,
  machine,
  measure,
  median,
  residentMemory,
  startBenchApi,
  type BenchDatabase,
  type Measurement,
} from './support.js';

const TOTAL = Number(process.argv[2] ?? 1500);
const CONCURRENCY = Number(process.argv[3] ?? 50);
const EVENTS = Number(process.argv[4] ?? 100);
const ROUNDS = Number(process.argv[5] ?? 5);
/** Four registrations in five find a seat: the rest exercise the waiting list. */
const CAPACITY = Math.max(1, Math.floor((0.8 * TOTAL) / EVENTS));
process.env.API_PROCESSES ??= String(availableParallelism());

const BODY = {
  nationality: 'VN',
  dateOfBirth: '2001-04-09',
  emergencyContact: { name: 'Nguyen Van Binh', phone: '+84 912 345 678', relationship: 'father' },
};

const hasPgbench = (() => {
  try {
    execFileSync('pgbench', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Counts the messages each recipient receives. */
async function startSink(): Promise<{ port: number; received: Map<string, number>; stop(): void }> {
  const received = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        for (const to of session.envelope.rcptTo)
          received.set(to.address, (received.get(to.address) ?? 0) + 1);
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
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
      JWT_SECRET: BENCH_JWT_SECRET,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      LOG_LEVEL: 'error',
    },
    stdio: 'inherit',
  });
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return false;
}

/** Fixed ids, so that a pgbench script can name them: the run's tag and a number. */
const fixedId = (prefix: string, tag: number, n: string) =>
  `(('${prefix}-0000-4000-8' || lpad((${tag})::text, 3, '0') || '-' || lpad((${n})::text, 12, '0'))::uuid)`;

async function seedEvents(
  pool: pg.Pool,
  organizationId: string,
  tag: number | null,
): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO events (id, organization_id, title, kind, timezone, starts_on, ends_on, starts_at, capacity, status, published_at,
       event_reminder_offsets, session_reminder_offsets, mission_reminder_offsets)
     SELECT ${tag === null ? 'gen_random_uuid()' : fixedId('00000000', tag, 'n')}, $1, 'Bench ' || n, 'forum', 'Asia/Seoul',
       DATE '2027-07-12', DATE '2027-07-12', TIMESTAMPTZ '2027-07-11T15:00:00Z', $2, 'published', now(), '{P1D}', '{PT1H}', '{P1D}'
     FROM generate_series(1, $3::int) n RETURNING id`,
    [organizationId, CAPACITY, EVENTS],
  );
  return rows.map((row) => row.id);
}

async function seedUsers(pool: pg.Pool, label: string): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO users (email, full_name, password_hash)
     SELECT '${label}' || n || '@bench.gofar.local', 'Bench ' || n, 'scrypt$1$1$1$x$x' FROM generate_series(1, $1::int) n RETURNING id`,
    [TOTAL],
  );
  return rows.map((row) => row.id);
}

/** Whether any event holds more confirmed people than seats, or counts them wrong. */
async function overbooked(pool: pg.Pool, eventIds: string[]): Promise<number> {
  const { rows } = await pool.query<{ count: string }>(
    `SELECT count(*) FROM events e
      CROSS JOIN LATERAL (SELECT count(*) AS confirmed FROM registrations r
                           WHERE r.event_id = e.id AND r.status = 'confirmed') c
      WHERE e.id = ANY($1::uuid[]) AND (c.confirmed > e.capacity OR c.confirmed <> e.seats_taken)`,
    [eventIds],
  );
  return Number(rows[0]!.count);
}

const PGBENCH_SCRIPT = (tag: number) => `\\set e random(1, ${EVENTS})
\\set k :k + 1
BEGIN;
WITH seat AS (UPDATE events SET seats_taken = seats_taken + 1 WHERE id = ${fixedId('00000000', tag, ':e')} AND seats_taken < capacity RETURNING 1) SELECT count(*) AS got FROM seat \\gset
INSERT INTO registrations (event_id, user_id, status, nationality, date_of_birth, emergency_contact, confirmed_at) VALUES (${fixedId('00000000', tag, ':e')}, ${fixedId('10000000', tag, ':client_id * 100000 + :k')}, CASE WHEN :got > 0 THEN 'confirmed' ELSE 'waitlisted' END, 'VN', '2001-04-09', '${JSON.stringify(BODY.emergencyContact)}', CASE WHEN :got > 0 THEN now() END);
COMMIT;
`;

/** The baseline: pgbench at the same concurrency, TOTAL transactions over EVENTS events. */
async function baselineRun(
  pool: pg.Pool,
  database: BenchDatabase,
  organizationId: string,
  tag: number,
): Promise<Measurement> {
  const perClient = Math.ceil(TOTAL / CONCURRENCY);
  const eventIds = await seedEvents(pool, organizationId, tag);
  await pool.query(
    `INSERT INTO users (id, email, full_name, password_hash)
     SELECT ${fixedId('10000000', tag, 'c * 100000 + k')}, 'pgb-${tag}-' || c || '-' || k || '@bench.gofar.local', 'Bench', 'x'
       FROM generate_series(0, $1::int - 1) c, generate_series(1, $2::int) k`,
    [CONCURRENCY, perClient],
  );
  if (!hasPgbench) return inProcessBaseline(pool, eventIds, tag, perClient);
  const dir = mkdtempSync(join(tmpdir(), 'gofar-rush-'));
  try {
    writeFileSync(join(dir, 'rush.sql'), PGBENCH_SCRIPT(tag));
    const output = execFileSync(
      'pgbench',
      [
        '-n',
        '-c',
        String(CONCURRENCY),
        '-j',
        '2',
        '-t',
        String(perClient),
        '-D',
        'k=0',
        '-f',
        join(dir, 'rush.sql'),
        '-l',
        `--log-prefix=${join(dir, 'latency')}`,
        database.url,
      ],
      { encoding: 'utf8', cwd: dir },
    );
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1]);
    const latencies = readdirSync(dir)
      .filter((file) => file.startsWith('latency'))
      .flatMap((file) =>
        readFileSync(join(dir, file), 'utf8')
          .trim()
          .split('\n')
          .map((row) => Number(row.split(' ')[2]) / 1000),
      )
      .sort((a, b) => a - b);
    const at = (quantile: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * quantile))]!;
    if (await overbooked(pool, eventIds)) throw new Error('the baseline overbooked an event');
    return { perSecond: tps, p50: at(0.5), p99: at(0.99) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same SQL with `pg` from this process, when pgbench is not installed. */
async function inProcessBaseline(
  pool: pg.Pool,
  eventIds: string[],
  tag: number,
  perClient: number,
): Promise<Measurement> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM users WHERE email LIKE 'pgb-${tag}-%' ORDER BY email`,
  );
  void perClient;
  return measure(TOTAL, CONCURRENCY, async (index) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const seat = await client.query(
        `UPDATE events SET seats_taken = seats_taken + 1 WHERE id = $1 AND seats_taken < capacity RETURNING id`,
        [eventIds[index % EVENTS]],
      );
      await client.query(
        `INSERT INTO registrations (event_id, user_id, status, nationality, date_of_birth, emergency_contact, confirmed_at)
         VALUES ($1, $2, $3, 'VN', '2001-04-09', $4, CASE WHEN $3 = 'confirmed' THEN now() END)`,
        [
          eventIds[index % EVENTS],
          rows[index]!.id,
          seat.rowCount ? 'confirmed' : 'waitlisted',
          BODY.emergencyContact,
        ],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });
}

interface ApiRun extends Measurement {
  errors: number;
  serverErrors: number;
  overbooked: number;
  /** Largest resident memory seen per API process, MB. */
  maxRss: number;
}

async function apiRun(
  pool: pg.Pool,
  api: { baseUrl: string; pid: number },
  organizationId: string,
  label: string,
): Promise<ApiRun> {
  const eventIds = await seedEvents(pool, organizationId, null);
  const users = await seedUsers(pool, label);
  const tokens = users.map((id) =>
    jwt.sign({ sub: id }, BENCH_JWT_SECRET, { algorithm: 'HS256', expiresIn: 3600 }),
  );
  let errors = 0;
  let serverErrors = 0;
  let maxRss = 0;
  const sampler = setInterval(() => {
    for (const [pid, mb] of residentMemory(api.pid))
      if (pid !== api.pid || Number(process.env.API_PROCESSES) === 1) maxRss = Math.max(maxRss, mb);
  }, 200);
  try {
    const result = await measure(TOTAL, CONCURRENCY, async (index) => {
      const response = await fetch(
        `${api.baseUrl}/api/v1/events/${eventIds[index % EVENTS]}/registrations`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[index]}` },
          body: JSON.stringify(BODY),
        },
      );
      await response.arrayBuffer();
      if (response.status !== 201) errors += 1;
      if (response.status >= 500) serverErrors += 1;
    });
    return {
      ...result,
      errors,
      serverErrors,
      overbooked: await overbooked(pool, eventIds),
      maxRss,
    };
  } finally {
    clearInterval(sampler);
  }
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  // Counts the calls of gofar_register, to show which registrations took the one-statement path.
  const setup = new pg.Client({ connectionString: database.url });
  await setup.connect();
  await setup.query(`ALTER DATABASE ${database.name} SET track_functions = 'pl'`);
  await setup.end();
  const api = await startBenchApi(database);
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  const sink = await startSink();
  let worker: ChildProcess | null = null;
  try {
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO organizations (name) VALUES ('Bench Centre') RETURNING id`,
    );
    const organizationId = rows[0]!.id;
    console.log(`machine: ${machine()}`);
    console.log(
      `${TOTAL} registrations per run, concurrency ${CONCURRENCY}, ${EVENTS} events of ${CAPACITY} seats, ` +
        `${process.env.API_PROCESSES} API process(es), DATABASE_POOL_SIZE ${process.env.DATABASE_POOL_SIZE ?? 20}, ` +
        `baseline: ${hasPgbench ? 'pgbench' : 'pg in this process (pgbench not installed)'}`,
    );
    let tag = 0;
    for (const withWorker of [false, true]) {
      const mode = withWorker ? 'worker running' : 'worker stopped';
      if (withWorker) worker = startWorker(database, sink.port);
      const baselines: Measurement[] = [];
      const runs: ApiRun[] = [];
      const ratios: number[] = [];
      for (let round = 1; round <= ROUNDS; round += 1) {
        tag += 1;
        const baseline = await baselineRun(pool, database, organizationId, tag);
        const label = `rush-${tag}-`;
        const run = await apiRun(pool, api, organizationId, label);
        baselines.push(baseline);
        runs.push(run);
        ratios.push(run.perSecond / baseline.perSecond);
        console.log(`-- ${mode}, round ${round}`);
        console.log(line('baseline  pgbench', baseline));
        console.log(
          `${line('subject   POST /registrations', run)}  ratio ${ratios.at(-1)!.toFixed(3)}  ` +
            `non-201 ${run.errors} (5xx ${run.serverErrors})  overbooked events ${run.overbooked}  max RSS ${run.maxRss.toFixed(0)} MB`,
        );
        if (withWorker) {
          // One email per registration (no event staff), each exactly once.
          const started = Date.now();
          const mine = () => [...sink.received.entries()].filter(([to]) => to.startsWith(label));
          const arrived = await until(
            () => mine().reduce((sum, [, count]) => sum + count, 0) >= TOTAL,
            180_000,
          );
          await new Promise((wait) => setTimeout(wait, 1000));
          const received = mine();
          const total = received.reduce((sum, [, count]) => sum + count, 0);
          console.log(
            `emails    ${total} to ${received.length} recipients (expected ${TOTAL} once each): ` +
              `${arrived && total === TOTAL && received.length === TOTAL ? 'ok' : 'NOT OK'}, ` +
              `last one ${Date.now() - started - 1000} ms after the run`,
          );
        }
      }
      const summary = (values: number[]) => median(values);
      console.log(`== ${mode}: medians of ${ROUNDS} alternating runs`);
      console.log(
        `baseline ${summary(baselines.map((b) => b.perSecond)).toFixed(0)}/s p99 ${summary(baselines.map((b) => b.p99)).toFixed(1)} ms; ` +
          `API ${summary(runs.map((r) => r.perSecond)).toFixed(0)}/s p99 ${summary(runs.map((r) => r.p99)).toFixed(1)} ms`,
      );
      console.log(
        `ratio ${summary(ratios).toFixed(3)} (goal >= ${withWorker ? '0.4' : '0.6'}); ` +
          `p99 API / baseline ${(summary(runs.map((r) => r.p99)) / summary(baselines.map((b) => b.p99))).toFixed(2)} (goal <= 2); ` +
          `5xx ${runs.reduce((sum, r) => sum + r.serverErrors, 0)}; overbooked ${runs.reduce((sum, r) => sum + r.overbooked, 0)}; ` +
          `max RSS per API process ${Math.max(...runs.map((r) => r.maxRss)).toFixed(0)} MB`,
      );
      if (worker) {
        worker.kill('SIGTERM');
        await once(worker, 'exit');
        worker = null;
      }
    }
    const [calls] = (
      await pool.query<{ calls: string }>(
        `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_user_functions WHERE funcname = 'gofar_register'`,
      )
    ).rows;
    console.log(`gofar_register calls: ${calls?.calls} for ${TOTAL * ROUNDS * 2} registrations`);
  } finally {
    worker?.kill('SIGTERM');
    sink.stop();
    await pool.end();
    await api.stop();
    await database.drop();
  }
}

await main();
