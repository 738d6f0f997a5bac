/**
 * GET /api/v1/events/:id/itinerary (the nine-day, 56-session demo programme, public, read from
 * PostgreSQL on every request) at concurrency 50, against a bare Fastify route returning the
 * same bytes, in one run.
 *
 *   npm run build && node dist/bench/itinerary-read.js [requests=3000] [concurrency=50]
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { WORKSHOP_PROGRAMME } from '#core/seed/index.js';
import { createBenchDatabase, line, machine, measure, startBenchApi } from './support.js';

const TOTAL = Number(process.argv[2] ?? 3000);
const CONCURRENCY = Number(process.argv[3] ?? 50);

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const api = await startBenchApi(database);
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const port = 3990 + Math.floor(Math.random() * 9);
  let bare: ReturnType<typeof spawn> | undefined;
  try {
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO organizations (name) VALUES ('Bench Centre') RETURNING id`,
    );
    const event = await pool.query<{ id: string }>(
      `INSERT INTO events (organization_id, title, kind, timezone, starts_on, ends_on, starts_at, capacity, status, published_at,
         itinerary_visibility, event_reminder_offsets, session_reminder_offsets, mission_reminder_offsets)
       VALUES ($1, 'Workshop', 'workshop', 'Asia/Seoul', '2027-07-12', '2027-07-20', '2027-07-12T04:00:00Z', 48, 'published', now(),
         'public', '{P1D}', '{PT1H}', '{P1D}') RETURNING id`,
      [rows[0]!.id],
    );
    const eventId = event.rows[0]!.id;
    for (const session of WORKSHOP_PROGRAMME) {
      await pool.query(
        `INSERT INTO sessions (event_id, title, type, starts_at, ends_at, timezone, end_timezone, venue, venue_key, mandatory)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9)`,
        [
          eventId,
          session.title,
          session.type,
          session.startsAt,
          session.endsAt,
          session.timezone,
          session.endTimezone ?? session.timezone,
          session.venue ?? null,
          session.mandatory ?? false,
        ],
      );
    }

    const url = `${api.baseUrl}/api/v1/events/${eventId}/itinerary`;
    const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
    const file = join(tmpdir(), `gofar-itinerary-${process.pid}.json`);
    writeFileSync(file, bytes);
    bare = spawn(process.execPath, ['dist/bench/bare-server.js', String(port), file], {
      stdio: 'inherit',
    });
    for (
      let tries = 0;
      !(await fetch(`http://127.0.0.1:${port}/itinerary`).then(
        (r) => r.ok,
        () => false,
      ));
      tries += 1
    ) {
      if (tries > 100) throw new Error('bare server did not start');
      await new Promise((wait) => setTimeout(wait, 50));
    }

    const get = (target: string) => async () => {
      const response = await fetch(target);
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      await response.arrayBuffer();
    };
    await measure(300, CONCURRENCY, get(url));
    await measure(300, CONCURRENCY, get(`http://127.0.0.1:${port}/itinerary`));
    const baseline = await measure(TOTAL, CONCURRENCY, get(`http://127.0.0.1:${port}/itinerary`));
    const subject = await measure(TOTAL, CONCURRENCY, get(url));

    console.log(`machine: ${machine()}`);
    console.log(
      `requests ${TOTAL}, concurrency ${CONCURRENCY}, ${WORKSHOP_PROGRAMME.length} sessions over 9 local days, ${bytes.length} bytes`,
    );
    console.log(line('baseline  bare Fastify', baseline));
    console.log(line('subject   GET /itinerary', subject));
    console.log(`ratio     ${(subject.perSecond / baseline.perSecond).toFixed(3)}`);
  } finally {
    bare?.kill('SIGTERM');
    await pool.end();
    await api.stop();
    await database.drop();
  }
}

await main();
