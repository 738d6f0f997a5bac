/**
 * Gofar at scale: the contract's lists and a registration's creation on a large database
 * (10,000 events, 1,000,000 registrations by default) against the same on a small one, in the
 * same run; then the reminder reconciliation tick on the large one, the first tick (which, with
 * no mark yet, re-plans every running or coming event as every tick did before) against the
 * following ones (only what changed or is about to fire).
 *
 *   npm run build && node dist/bench/scale.js [events=10000] [registrations=1000000] [requests=200]
 *
 * Each database is made by the API's migrations, then filled in SQL (bench/scale-data.ts);
 * both are dropped at the end. Latencies are medians of `requests` calls at concurrency 4.
 */
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { ConfigModule } from '#config/index.js';
import { CoreModule } from '#core/core.module.js';
import { entities } from '#core/entities.js';
import { ReminderReconcilerService } from '#core/reminders/index.js';
import { DbModule } from '#db/index.js';
import { generateScaleData, type ScaleSize } from './scale-data.js';
import {
  BENCH_JWT_SECRET,
  createBenchDatabase,
  machine,
  measure,
  startBenchApi,
  type BenchDatabase,
  type Measurement,
} from './support.js';

const EVENTS = Number(process.argv[2] ?? 10_000);
const REGISTRATIONS = Number(process.argv[3] ?? 1_000_000);
const REQUESTS = Number(process.argv[4] ?? 200);
const CONCURRENCY = 4;
const HORIZON_MS = 24 * 3600_000;

const BODY = {
  nationality: 'VN',
  dateOfBirth: '2001-04-09',
  emergencyContact: { name: 'Kin', phone: '+84 90 000 0000', relationship: 'parent' },
};

interface Run {
  generationSeconds: number;
  results: Map<string, Measurement>;
  ticks: { label: string; ms: number; events: number; jobs: number }[];
}

const token = (userId: string) =>
  jwt.sign({ sub: userId }, BENCH_JWT_SECRET, { algorithm: 'HS256', expiresIn: 3600 });

/** One database of `size`: generated, then each list timed through the API. */
async function run(size: ScaleSize, withTicks: boolean): Promise<Run> {
  const database = await createBenchDatabase();
  const api = await startBenchApi(database);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const one = async <T>(sql: string, parameters: unknown[] = []) =>
      (await client.query(sql, parameters)).rows[0] as T;
    const { id: organizationId } = await one<{ id: string }>(
      `INSERT INTO organizations (name) VALUES ('Scale Centre') RETURNING id`,
    );
    const started = performance.now();
    await generateScaleData(client, organizationId, size);
    const generationSeconds = (performance.now() - started) / 1000;

    const { id: organizerId } = await one<{ id: string }>(
      `INSERT INTO users (email, full_name, password_hash)
       VALUES ('organizer@bench.gofar.local', 'Organizer', 'scrypt$1$1$1$x$x') RETURNING id`,
    );
    await client.query(
      `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'organizer')`,
      [organizationId, organizerId],
    );
    // An event with teams, many registrations and a delivery log; one of its participants.
    const target = await one<{ event_id: string; user_id: string; mission_id: string }>(
      `SELECT r.event_id, r.user_id, (SELECT id FROM missions m WHERE m.event_id = r.event_id LIMIT 1) AS mission_id
         FROM registrations r JOIN teams t ON t.event_id = r.event_id AND t.position = 1
        WHERE r.status = 'confirmed' ORDER BY r.seq LIMIT 1`,
    );
    const organizer = token(organizerId);
    const participant = token(target.user_id);
    const base = `${api.baseUrl}/api/v1`;
    const get = (path: string, bearer: string | null) => async () => {
      const response = await fetch(`${base}${path}`, {
        headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
      });
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      await response.arrayBuffer();
    };
    const event = target.event_id;
    const firstPage = (await (await fetch(`${base}/events?limit=50`)).json()) as {
      nextCursor: string;
    };
    const registrantsPage = (await (
      await fetch(`${base}/events/${event}/registrations?limit=50`, {
        headers: { authorization: `Bearer ${organizer}` },
      })
    ).json()) as { nextCursor: string };
    const lists: [string, () => Promise<void>][] = [
      ['GET /events', get('/events?limit=50', null)],
      ['GET /events (next page)', get(`/events?limit=50&cursor=${firstPage.nextCursor}`, null)],
      ['GET /events (organizer)', get('/events?limit=50', organizer)],
      ['GET registrations', get(`/events/${event}/registrations?limit=50`, organizer)],
      [
        'GET registrations (page 2)',
        get(
          `/events/${event}/registrations?limit=50&cursor=${registrantsPage.nextCursor}`,
          organizer,
        ),
      ],
      [
        'GET registrations ?status&nationality',
        get(`/events/${event}/registrations?status=confirmed&nationality=VN`, organizer),
      ],
      ['GET registrations ?q', get(`/events/${event}/registrations?q=nguyen`, organizer)],
      ['GET waiting list', get(`/events/${event}/registrations?status=waitlisted`, organizer)],
      ['GET /me/registrations', get('/me/registrations?limit=50', participant)],
      ['GET delivery log', get(`/events/${event}/notifications?limit=50`, organizer)],
      [
        'GET delivery log ?status',
        get(`/events/${event}/notifications?status=sent&limit=50`, organizer),
      ],
      ['GET teams', get(`/events/${event}/teams`, organizer)],
      ['GET missions', get(`/events/${event}/missions`, organizer)],
      ['GET submissions', get(`/missions/${target.mission_id}/submissions`, organizer)],
    ];
    const results = new Map<string, Measurement>();
    for (const [label, call] of lists) {
      await measure(20, CONCURRENCY, call); // warm
      results.set(label, await measure(REQUESTS, CONCURRENCY, call));
    }

    // Registrations: a published coming event with room, new people, one POST each.
    const fresh = await one<{ id: string }>(
      `INSERT INTO events (organization_id, title, kind, timezone, starts_on, ends_on, starts_at, capacity, status,
         published_at, event_reminder_offsets, session_reminder_offsets, mission_reminder_offsets)
       VALUES ($1, 'Fresh forum', 'forum', 'Asia/Seoul', DATE '2031-07-12', DATE '2031-07-12',
         TIMESTAMPTZ '2031-07-11T15:00:00Z', 100000, 'published', now(), '{P1D}', '{}', '{}') RETURNING id`,
      [organizationId],
    );
    const { rows: newcomers } = await client.query<{ id: string }>(
      `INSERT INTO users (email, full_name, password_hash)
       SELECT format('new-%s@bench.gofar.local', n), 'Newcomer ' || n, 'scrypt$1$1$1$x$x'
         FROM generate_series(1, $1::int) n RETURNING id`,
      [REQUESTS + 20],
    );
    const tokens = newcomers.map((row) => token(row.id));
    const register = (offset: number) => async (index: number) => {
      const response = await fetch(`${base}/events/${fresh.id}/registrations`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${tokens[offset + index]}`,
        },
        body: JSON.stringify(BODY),
      });
      if (response.status !== 201) throw new Error(`POST registration: ${response.status}`);
      await response.arrayBuffer();
    };
    await measure(20, CONCURRENCY, register(0));
    results.set('POST registration', await measure(REQUESTS, CONCURRENCY, register(20)));

    const ticks = withTicks ? await reconciliationTicks(database) : [];
    return { generationSeconds, results, ticks };
  } finally {
    await client.end();
    await api.stop();
    await database.drop();
  }
}

/** Three reconciliation ticks in-process, as the worker runs them (without Redis). */
async function reconciliationTicks(database: BenchDatabase) {
  process.env.DATABASE_URL = database.url;
  process.env.QUEUE_PREFIX = database.name;
  process.env.JWT_SECRET = BENCH_JWT_SECRET;
  process.env.LOG_LEVEL = 'error';
  @Module({ imports: [ConfigModule, DbModule.forRoot('gofar-bench-scale', entities), CoreModule] })
  class ScaleBenchModule {}
  const app = await NestFactory.createApplicationContext(ScaleBenchModule, { logger: ['error'] });
  try {
    const reconciler = app.get(ReminderReconcilerService);
    const ticks = [];
    for (const label of ['first tick (no mark: every coming event)', 'next tick', 'next tick']) {
      const started = performance.now();
      const result = await reconciler.run(HORIZON_MS, async () => undefined);
      ticks.push({
        label,
        ms: performance.now() - started,
        events: result.eventIds.length + result.failedEventIds.length,
        jobs: result.jobs.length,
      });
    }
    return ticks;
  } finally {
    await app.close();
  }
}

function sizeOf(events: number, registrations: number): ScaleSize {
  return {
    events,
    registrations,
    users: Math.max(1000, Math.ceil(registrations / 4)),
    eventsWithTeams: Math.min(events, 500),
  };
}

async function main(): Promise<void> {
  const small = await run(sizeOf(100, 10_000), false);
  const large = await run(sizeOf(EVENTS, REGISTRATIONS), true);
  console.log(`machine: ${machine()}`);
  console.log(
    `small: 100 events, 10,000 registrations (generated in ${small.generationSeconds.toFixed(1)} s); ` +
      `large: ${EVENTS} events, ${REGISTRATIONS} registrations (generated in ${large.generationSeconds.toFixed(1)} s); ` +
      `${REQUESTS} requests each at concurrency ${CONCURRENCY}`,
  );
  console.log(
    `${'call'.padEnd(40)} ${'small p50'.padStart(10)} ${'large p50'.padStart(10)} ${'large p99'.padStart(10)} ${'small/s'.padStart(8)} ${'large/s'.padStart(8)}  ratio`,
  );
  for (const [label, big] of large.results) {
    const little = small.results.get(label)!;
    console.log(
      `${label.padEnd(40)} ${little.p50.toFixed(1).padStart(8)}ms ${big.p50.toFixed(1).padStart(8)}ms ${big.p99.toFixed(1).padStart(8)}ms ${little.perSecond.toFixed(0).padStart(8)} ${big.perSecond.toFixed(0).padStart(8)}  ${(big.perSecond / little.perSecond).toFixed(2)}`,
    );
  }
  for (const tick of large.ticks)
    console.log(
      `reconciliation ${tick.label.padEnd(42)} ${tick.ms.toFixed(0).padStart(7)} ms, ${tick.events} events re-planned, ${tick.jobs} jobs`,
    );
}

await main();
