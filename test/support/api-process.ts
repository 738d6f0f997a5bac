import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import {
  REDIS_URL,
  TEST_ADMIN_PASSWORD,
  TEST_DATA_ENCRYPTION_KEYS,
  TEST_JWT_SECRET,
  testRun,
} from './test-environment.js';
import { pause } from './timing.js';

export const API_ENTRY = resolve('dist/apps/api/src/main.js');
export const WORKER_ENTRY = resolve('dist/apps/worker/src/main.js');
export const SEED_ENTRY = resolve('dist/apps/api/src/seed.js');

/** A free TCP port on loopback, asked of the kernel. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface RunningProcess {
  child: ChildProcess;
  /** The last 20,000 characters it printed, for failure messages. */
  output(): string;
  /** Everything it printed since it started, stdout and stderr, for tests that scan logs. */
  transcript(): string;
  /** SIGTERM, then waits for the exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<number | null>;
}

export interface RunningApi extends RunningProcess {
  baseUrl: string;
}

/** The environment of a Gofar process in this test run; `overrides` wins. */
export function processEnv(overrides: Record<string, string> = {}): Record<string, string> {
  const run = testRun();
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key, value]) => value !== undefined && ['PATH', 'HOME', 'TZ', 'LANG'].includes(key),
    ),
  ) as Record<string, string>;
  return {
    ...inherited,
    NODE_ENV: 'test',
    DATABASE_URL: run.databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: run.queuePrefix,
    JWT_SECRET: TEST_JWT_SECRET,
    DATA_ENCRYPTION_KEYS: TEST_DATA_ENCRYPTION_KEYS,
    ADMIN_EMAIL: run.adminEmail,
    ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
    AUTH_RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
    ...overrides,
  };
}

/** Spawns a built entry point (the tests exercise the same code that ships). */
export function spawnProcess(entry: string, env: Record<string, string>): RunningProcess {
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  // Kept as bytes: a character split across two chunks is whole again in the transcript.
  const everything: Buffer[] = [];
  const collect = (chunk: Buffer) => {
    everything.push(chunk);
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    child,
    output: () => output,
    transcript: () => Buffer.concat(everything).toString(),
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Starts an API process and waits until /health/ready answers 200. */
export async function startApi(
  overrides: Record<string, string> = {},
  readyTimeoutMs = 45_000,
): Promise<RunningApi> {
  const port = overrides.PORT ? Number(overrides.PORT) : await freePort();
  const running = spawnProcess(API_ENTRY, processEnv({ ...overrides, PORT: String(port) }));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) {
      throw new Error(
        `API exited with ${running.child.exitCode} before it was ready:\n${running.output()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.status === 200) return { ...running, baseUrl };
    } catch {
      // not listening yet
    }
    await pause(100);
  }
  await running.stop();
  throw new Error(`API not ready after ${readyTimeoutMs} ms:\n${running.output()}`);
}
