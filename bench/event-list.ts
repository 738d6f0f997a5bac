/**
 * GET /api/v1/events (a page of 50, anonymous) against its baseline: the same keyset query
 * sent straight to PostgreSQL with `pg`, in the same run, at the same concurrency.
 *
 *   npm run build && node dist/bench/event-list.js [requests=2000] [concurrency=10]
 *
 * Creates a database of its own, starts one built API process on it, and drops both at the end.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import pg from 'pg';

const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REQUESTS = Number(process.argv[2] ?? 2000);
const CONCURRENCY = Number(process.argv[3] ?? 10);
const EVENTS = 500;
const PORT = 3900 + Math.floor(Math.random() * 90);
const database = `gofar_bench_${randomBytes(3).toString('hex')}`;

const LIST_SQL = `SELECT e.* FROM events e WHERE e.status <> 'draft' ORDER BY e.starts_on ASC, e.id ASC LIMIT 51`;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs `total` calls of `once`, `concurrency` at a time; returns calls per second and p95 ms. */
async function measure(total: number, concurrency: number, once: () => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const t0 = performance.now();
        await once();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: total / seconds, p95: latencies[Math.floor(latencies.length * 0.95)]! };
}

async function main(): Promise<void> {
  await admin((client) => client.query(`CREATE DATABASE ${database}`));
  const url = `${POSTGRES}/${database}`;
  const api = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: url,
      PORT: String(PORT),
      LOG_LEVEL: 'error',
      QUEUE_PREFIX: database,
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
    },
    stdio: 'inherit',
  });
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    for (let tries = 0; ; tries += 1) {
      const ok = await fetch(`${base}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (tries > 300) throw new Error('API did not become ready');
      await new Promise((wait) => setTimeout(wait, 100));
    }
    await pool.query(`INSERT INTO organizations (name) VALUES ('Bench Centre')`);
    await pool.query(
      `INSERT INTO events (organization_id, title, kind, timezone, starts_on, ends_on, starts_at, capacity, status,
         event_reminder_offsets, session_reminder_offsets, mission_reminder_offsets)
       SELECT o.id, 'Event ' || n, 'forum', 'Asia/Seoul', DATE '2027-01-01' + n, DATE '2027-01-01' + n,
         (DATE '2027-01-01' + n)::timestamp AT TIME ZONE 'Asia/Seoul', 100, 'published',
         '{P1D}', '{PT1H}', '{P1D}'
       FROM organizations o, generate_series(1, ${EVENTS}) n`,
    );

    const viaApi = async () => {
      const response = await fetch(`${base}/api/v1/events?limit=50`);
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      await response.json();
    };
    const viaSql = async () => {
      await pool.query(LIST_SQL);
    };
    // Warm both paths, then measure each on its own.
    await measure(200, CONCURRENCY, viaApi);
    await measure(200, CONCURRENCY, viaSql);
    const baseline = await measure(REQUESTS, CONCURRENCY, viaSql);
    const subject = await measure(REQUESTS, CONCURRENCY, viaApi);

    console.log(
      `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
    );
    console.log(
      `requests ${REQUESTS}, concurrency ${CONCURRENCY}, ${EVENTS} published events, pages of 50`,
    );
    console.log(
      `baseline  pg query     ${baseline.perSecond.toFixed(0)}/s  p95 ${baseline.p95.toFixed(1)} ms`,
    );
    console.log(
      `subject   GET /events  ${subject.perSecond.toFixed(0)}/s  p95 ${subject.p95.toFixed(1)} ms`,
    );
    console.log(
      `ratio     API throughput / SQL throughput = ${(subject.perSecond / baseline.perSecond).toFixed(3)}`,
    );
  } finally {
    await pool.end();
    api.kill('SIGTERM');
    await new Promise((done) => api.once('exit', done));
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  }
}

await main();
