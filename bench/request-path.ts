/**
 * The request path against bare Fastify, one measurement per command, each printing every
 * round, the medians and the ratio:
 *
 *   npm run build:api && node dist/bench/request-path.js <case> [rounds=5] [seconds=3] [connections=50]
 *
 * cases:
 * - `health`: `GET /health` vs a bare Fastify route answering the same JSON;
 * - `me`: `GET /api/v1/me/registrations?limit=1` with a bearer token (one registration) vs bare
 *   Fastify + `pg` doing the same token check and the same two queries (bare-server.ts);
 * - `itinerary`: `GET /api/v1/events/:id/itinerary` (the 56-session demo programme, public)
 *   vs bare Fastify serving the same bytes;
 * - `itinerary-304`: the same with `If-None-Match` (a 304) vs bare Fastify's 304 for its ETag;
 * - `all`: every case above, one after the other.
 *
 * One API process with NODE_ENV=production and its request log on (LOG_LEVEL=info, written to
 * /dev/null), one bare process, the load generator (bench/load.ts) in this one: all three and
 * PostgreSQL share the machine's cores, so the rounds alternate and the medians are compared.
 * BENCH_API_NODE_ARGS="--cpu-prof" profiles the API while it is measured.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { compare } from './load.js';
import {
  BENCH_JWT_SECRET,
  createBenchDatabase,
  machine,
  seedWorkshop,
  startBenchApi,
} from './support.js';

const CASES = ['health', 'me', 'itinerary', 'itinerary-304'] as const;
const [which = 'all', rounds = '5', seconds = '3', connections = '50'] = process.argv.slice(2);
const chosen = which === 'all' ? [...CASES] : CASES.filter((name) => name === which);
if (!chosen.length) {
  console.error(`unknown case "${which}": one of ${CASES.join(', ')}, all`);
  process.exit(2);
}
const options = {
  rounds: Number(rounds),
  seconds: Number(seconds),
  concurrency: Number(connections),
};

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const api = await startBenchApi(database, {
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      DATA_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    },
    output: 'ignore',
  });
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const port = 3990 + Math.floor(Math.random() * 9);
  let bare: ReturnType<typeof spawn> | undefined;
  try {
    const eventId = await seedWorkshop(pool);
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO users (email, full_name, password_hash)
       VALUES ('probe@bench.gofar.local', 'Bench Probe', 'scrypt$1$1$1$x$x') RETURNING id`,
    );
    const token = jwt.sign({ sub: rows[0]!.id, ver: 0 }, BENCH_JWT_SECRET, {
      algorithm: 'HS256',
      expiresIn: 3600,
    });
    const bearer = { authorization: `Bearer ${token}` };
    const registered = await fetch(`${api.baseUrl}/api/v1/events/${eventId}/registrations`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({
        nationality: 'VN',
        dateOfBirth: '2001-04-09',
        gender: 'female',
        emergencyContact: {
          name: 'Nguyen Van Binh',
          phone: '+84 912 345 678',
          relationship: 'father',
        },
      }),
    });
    if (registered.status !== 201)
      throw new Error(`registration: ${registered.status} ${await registered.text()}`);

    const itinerary = `${api.baseUrl}/api/v1/events/${eventId}/itinerary`;
    const first = await fetch(itinerary);
    const bytes = Buffer.from(await first.arrayBuffer());
    const etag = first.headers.get('etag');
    const file = join(tmpdir(), `gofar-request-path-${process.pid}.json`);
    writeFileSync(file, bytes);
    bare = spawn(
      process.execPath,
      ['dist/bench/bare-server.js', String(port), file, database.url],
      {
        stdio: 'inherit',
      },
    );
    const bareUrl = `http://127.0.0.1:${port}`;
    for (
      let tries = 0;
      !(await fetch(`${bareUrl}/health`).then(
        (r) => r.ok,
        () => false,
      ));
      tries += 1
    ) {
      if (tries > 400) throw new Error('bare server did not start');
      await new Promise((wait) => setTimeout(wait, 50));
    }
    const bareEtag = (await fetch(`${bareUrl}/itinerary-etag`)).headers.get('etag')!;

    console.log(`machine: ${machine()}; itinerary ${bytes.length} bytes`);
    const results: string[] = [];
    for (const name of chosen) {
      let result;
      if (name === 'health')
        result = await compare(
          'GET /health',
          { url: `${bareUrl}/health` },
          { url: `${api.baseUrl}/health` },
          options,
        );
      else if (name === 'me')
        result = await compare(
          'GET /me/registrations?limit=1 (bearer)',
          { url: `${bareUrl}/me/registrations`, headers: bearer },
          { url: `${api.baseUrl}/api/v1/me/registrations?limit=1`, headers: bearer },
          options,
        );
      else if (name === 'itinerary')
        result = await compare(
          'GET /events/:id/itinerary',
          { url: `${bareUrl}/itinerary` },
          { url: itinerary },
          options,
        );
      else {
        if (!etag) {
          console.log('\nGET /events/:id/itinerary, If-None-Match: the API sends no ETag');
          continue;
        }
        result = await compare(
          'GET /events/:id/itinerary with If-None-Match (304)',
          { url: `${bareUrl}/itinerary-etag`, headers: { 'if-none-match': bareEtag }, status: 304 },
          { url: itinerary, headers: { 'if-none-match': etag }, status: 304 },
          options,
        );
      }
      results.push(
        `${name.padEnd(14)} baseline ${result.baseline.toFixed(0)}/s  gofar ${result.subject.toFixed(0)}/s  ratio ${result.ratio.toFixed(2)}`,
      );
    }
    console.log(`\nsummary (medians)\n${results.join('\n')}`);
  } finally {
    bare?.kill('SIGTERM');
    await pool.end();
    await api.stop();
    await database.drop();
  }
}

await main();
