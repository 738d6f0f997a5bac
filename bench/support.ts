/** What the benchmarks share: a database of their own, a built API process, and a timed loop. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import pg from 'pg';
import { WORKSHOP_PROGRAMME } from '#core/seed/index.js';

export const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const BENCH_JWT_SECRET = 'gofar-bench-secret-0123456789abcdef0123456789';

async function maintenance<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `gofar_bench_${randomBytes(3).toString('hex')}`;
  await maintenance((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: `${POSTGRES}/${name}`,
    drop: () =>
      maintenance((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

export interface BenchApi {
  baseUrl: string;
  /** The process started (with API_PROCESSES > 1, the primary of the API processes). */
  pid: number;
  stop(): Promise<void>;
}

export interface BenchApiOptions {
  /** Variables that replace the defaults below (NODE_ENV, LOG_LEVEL...). */
  env?: Record<string, string>;
  /** Where the API's output goes: the terminal (default), or nowhere (request logs at full rate). */
  output?: 'inherit' | 'ignore';
}

/** Starts the built API on the database (it applies the migrations) and waits until it is ready. */
export async function startBenchApi(
  database: BenchDatabase,
  options: BenchApiOptions = {},
): Promise<BenchApi> {
  const port = 3900 + Math.floor(Math.random() * 90);
  // BENCH_API_NODE_ARGS (e.g. "--cpu-prof") profiles the API while it is measured.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'dist/apps/api/src/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      PORT: String(port),
      LOG_LEVEL: 'error',
      QUEUE_PREFIX: database.name,
      JWT_SECRET: BENCH_JWT_SECRET,
      AUTH_RATE_LIMIT_PER_MINUTE: '0',
      DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '20',
      API_PROCESSES: process.env.API_PROCESSES ?? '1',
      // The session cookie's origin rule compares requests against it.
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      ...options.env,
    },
    stdio: ['ignore', options.output ?? 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    if (
      await fetch(`${baseUrl}/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (tries > 300) throw new Error('API did not become ready');
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return {
    baseUrl,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    },
  };
}

export interface Measurement {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Runs `total` calls (call i gets index i), `concurrency` at a time; throughput and latency percentiles. */
export async function measure(
  total: number,
  concurrency: number,
  once: (index: number) => Promise<void>,
): Promise<Measurement> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        const t0 = performance.now();
        await once(index);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * quantile))]!;
  return { perSecond: total / seconds, p50: at(0.5), p99: at(0.99) };
}

export function machine(): string {
  return `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`;
}

export function line(label: string, result: Measurement): string {
  return `${label.padEnd(26)} ${result.perSecond.toFixed(0).padStart(6)}/s  p50 ${result.p50.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms`;
}

/**
 * An organization and a published workshop whose itinerary is public, with the demo's 56
 * sessions over nine local days in Seoul and Hanoi; returns the event's id.
 */
export async function seedWorkshop(pool: pg.Pool): Promise<string> {
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
  return eventId;
}

/** Resident memory in MB of a process and of its children (the API processes of a primary). */
export function residentMemory(pid: number): Map<number, number> {
  const sizes = new Map<number, number>();
  const visit = (id: number) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      sizes.set(id, kb / 1024);
      const children = readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
    } catch {
      // the process is gone
    }
  };
  visit(pid);
  return sizes;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
