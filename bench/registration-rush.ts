/**
 * POST /api/v1/events/:id/registrations at concurrency 50 against its baseline: the same core
 * SQL (the conditional seat update and the insert, in one transaction) sent straight to
 * PostgreSQL with `pg` at the same concurrency, in the same run. Twice: spread over many events,
 * and all on one hot event.
 *
 *   npm run build && node dist/bench/registration-rush.js [registrations=3000] [concurrency=50] [events=200]
 */
import jwt from 'jsonwebtoken';
import pg from 'pg';
import {
  BENCH_JWT_SECRET,
  createBenchDatabase,
  line,
  machine,
  measure,
  startBenchApi,
  type Measurement,
} from './support.js';

const TOTAL = Number(process.argv[2] ?? 3000);
const CONCURRENCY = Number(process.argv[3] ?? 50);
const SPREAD_EVENTS = Number(process.argv[4] ?? 200);

const BODY = {
  nationality: 'VN',
  dateOfBirth: '2001-04-09',
  emergencyContact: { name: 'Nguyen Van Binh', phone: '+84 912 345 678', relationship: 'father' },
};

async function seedEvents(
  pool: pg.Pool,
  organizationId: string,
  count: number,
  capacity: number,
): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO events (organization_id, title, kind, timezone, starts_on, ends_on, starts_at, capacity, status, published_at,
       event_reminder_offsets, session_reminder_offsets, mission_reminder_offsets)
     SELECT $1, 'Bench ' || n, 'forum', 'Asia/Seoul', DATE '2027-07-12', DATE '2027-07-12',
       TIMESTAMPTZ '2027-07-11T15:00:00Z', $2, 'published', now(), '{P1D}', '{PT1H}', '{P1D}'
     FROM generate_series(1, $3::int) n RETURNING id`,
    [organizationId, capacity, count],
  );
  return rows.map((row) => row.id);
}

async function seedUsers(pool: pg.Pool, label: string, count: number): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO users (email, full_name, password_hash)
     SELECT '${label}' || n || '@bench.gofar.local', 'Bench ' || n, 'scrypt$1$1$1$x$x' FROM generate_series(1, $1::int) n RETURNING id`,
    [count],
  );
  return rows.map((row) => row.id);
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const api = await startBenchApi(database);
  const pool = new pg.Pool({ connectionString: database.url, max: CONCURRENCY });
  try {
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO organizations (name) VALUES ('Bench Centre') RETURNING id`,
    );
    const organizationId = rows[0]!.id;

    const run = async (
      label: string,
      eventCount: number,
    ): Promise<{ sql: Measurement; http: Measurement }> => {
      const capacity = Math.ceil((TOTAL * 2) / eventCount);
      const sqlEvents = await seedEvents(pool, organizationId, eventCount, capacity);
      const httpEvents = await seedEvents(pool, organizationId, eventCount, capacity);
      const sqlUsers = await seedUsers(pool, `${label}-sql-`, TOTAL);
      const httpUsers = await seedUsers(pool, `${label}-http-`, TOTAL);
      const tokens = httpUsers.map((id) =>
        jwt.sign({ sub: id }, BENCH_JWT_SECRET, { algorithm: 'HS256', expiresIn: 3600 }),
      );

      const sql = await measure(TOTAL, CONCURRENCY, async (index) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const seat = await client.query(
            `UPDATE events SET seats_taken = seats_taken + 1 WHERE id = $1 AND seats_taken < capacity RETURNING id`,
            [sqlEvents[index % eventCount]],
          );
          await client.query(
            `INSERT INTO registrations (event_id, user_id, status, nationality, date_of_birth, emergency_contact, confirmed_at)
             VALUES ($1, $2, $3, 'VN', '2001-04-09', $4, now())`,
            [
              sqlEvents[index % eventCount],
              sqlUsers[index],
              seat.rowCount ? 'confirmed' : 'waitlisted',
              BODY.emergencyContact,
            ],
          );
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      });
      const http = await measure(TOTAL, CONCURRENCY, async (index) => {
        const response = await fetch(
          `${api.baseUrl}/api/v1/events/${httpEvents[index % eventCount]}/registrations`,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${tokens[index]}`,
            },
            body: JSON.stringify(BODY),
          },
        );
        if (response.status !== 201)
          throw new Error(`status ${response.status}: ${await response.text()}`);
        await response.arrayBuffer();
      });
      return { sql, http };
    };

    // The HTTP floor: an authenticated request that reads one row, to show what the framework alone costs here.
    const [probeUser] = await seedUsers(pool, 'probe-', 1);
    const probeToken = jwt.sign({ sub: probeUser }, BENCH_JWT_SECRET, {
      algorithm: 'HS256',
      expiresIn: 3600,
    });
    const floor = await measure(TOTAL, CONCURRENCY, async () => {
      const response = await fetch(`${api.baseUrl}/api/v1/me/registrations?limit=1`, {
        headers: { authorization: `Bearer ${probeToken}` },
      });
      await response.arrayBuffer();
    });

    console.log(`machine: ${machine()}`);
    console.log(
      `registrations ${TOTAL} per side, concurrency ${CONCURRENCY}, one API process, no event staff`,
    );
    console.log(line('floor     GET /me/registrations', floor));
    for (const [label, events] of [
      ['spread', SPREAD_EVENTS],
      ['hot', 1],
    ] as const) {
      const { sql, http } = await run(label, events);
      console.log(`-- ${label}: ${events} event(s)`);
      console.log(line('baseline  SQL (pg)', sql));
      console.log(line('subject   POST /registrations', http));
      console.log(`ratio     ${(http.perSecond / sql.perSecond).toFixed(3)}`);
    }
  } finally {
    await pool.end();
    await api.stop();
    await database.drop();
  }
}

await main();
