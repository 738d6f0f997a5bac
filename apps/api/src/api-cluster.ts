import cluster, { type Worker } from 'node:cluster';
import pino from 'pino';
import type { AppConfig } from '#config/index.js';

/** The environment variable a forked API process finds its place by (1 is the first). */
const PROCESS_NUMBER = 'GOFAR_API_PROCESS';
/** A process that dies after it served is replaced, at most this often per process. */
const RESTART_DELAY_MS = 1000;

/**
 * The primary of an API started with API_PROCESSES above 1: it serves nothing itself, it forks
 * the API processes (they share the port; the kernel and Node spread connections over them) and
 * keeps them running. The first one starts alone: it applies the migrations and creates the admin
 * under the start-up lock, the others start only once it listens, with RUN_MIGRATIONS=false, so
 * migrations run once. SIGTERM or SIGINT is passed on to every process, which drain and close as
 * a single API does; the primary exits when they all have. A process that fails before it ever
 * served stops the whole API (a bad migration or configuration must not loop).
 */
export function runApiCluster(config: AppConfig): void {
  const logger = pino({ level: config.logLevel, base: { pid: process.pid } });
  const workers = new Map<number, Worker>();
  let stopping = false;

  const fork = (number: number, env: Record<string, string>) => {
    const worker = cluster.fork({ ...env, [PROCESS_NUMBER]: String(number) });
    workers.set(number, worker);
    let served = false;
    worker.once('listening', () => {
      served = true;
      if (number === 1) {
        for (let next = 2; next <= config.apiProcesses; next += 1)
          fork(next, { RUN_MIGRATIONS: 'false' });
      }
    });
    worker.once('exit', (code, signal) => {
      workers.delete(number);
      if (stopping) {
        if (!workers.size) process.exit(0);
        return;
      }
      if (!served) {
        logger.error({ code, signal }, `API process ${number} stopped before it served`);
        stop(1);
        return;
      }
      logger.error({ code, signal }, `API process ${number} stopped; starting it again`);
      setTimeout(() => {
        if (!stopping) fork(number, number === 1 ? {} : { RUN_MIGRATIONS: 'false' });
      }, RESTART_DELAY_MS);
    });
  };

  const stop = (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = exitCode;
    if (!workers.size) process.exit(exitCode);
    for (const worker of workers.values()) worker.process.kill('SIGTERM');
  };

  process.once('SIGTERM', () => stop(0));
  process.once('SIGINT', () => stop(0));
  logger.info(`Gofar API starting ${config.apiProcesses} processes on port ${config.port}`);
  fork(1, {});
}

/** Whether this process is to fork API processes rather than serve. */
export function isApiClusterPrimary(config: AppConfig): boolean {
  return config.apiProcesses > 1 && cluster.isPrimary;
}
