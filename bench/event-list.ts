/**
 * GET /api/v1/events (a page of 50, anonymous) against its baseline: the same keyset query
 * sent straight to PostgreSQL with `pg`, in the same run, at the same concurrency.
 *
 *   npm run build && node dist/bench/event-list.js [requests=2000] [concurrency=10]
 *
 * Creates a database of its own, starts one built API process on it, and drops both at the end.
 */
import pg from 'pg';
import { createBenchDatabase, machine, measure, startBenchApi } from './support.js';

const REQUESTS = Number(process.argv[2] ?? 2000);
const CONCURRENCY = Number(process.argv[3] ?? 10);
const EVENTS = 500;

const LIST_SQL = `SELECT e.* FROM events e WHERE e.status <> 'draft' ORDER BY e.starts_on ASC, e.id ASC LIMIT 51`;

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const api = await startBenchApi(database);
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  try {
    const base = api.baseUrl;
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

    console.log(`machine: ${machine()}`);
    console.log(
      `requests ${REQUESTS}, concurrency ${CONCURRENCY}, ${EVENTS} published events, pages of 50`,
    );
    console.log(
      `baseline  pg query     ${baseline.perSecond.toFixed(0)}/s  p99 ${baseline.p99.toFixed(1)} ms`,
    );
    console.log(
      `subject   GET /events  ${subject.perSecond.toFixed(0)}/s  p99 ${subject.p99.toFixed(1)} ms`,
    );
    console.log(
      `ratio     API throughput / SQL throughput = ${(subject.perSecond / baseline.perSecond).toFixed(3)}`,
    );
  } finally {
    await pool.end();
    await api.stop();
    await database.drop();
  }
}

await main();
