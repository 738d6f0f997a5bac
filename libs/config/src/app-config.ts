import { availableParallelism } from 'node:os';
import { Duration } from 'luxon';
import { ConfigError } from './config.error.js';

export type NodeEnv = 'development' | 'test' | 'production';

/** The validated configuration both apps read; see `.env.example` for the variables. */
export class AppConfig {
  nodeEnv!: NodeEnv;
  databaseUrl!: string;
  /** Not in the contract's table: PostgreSQL connections per process (DATABASE_POOL_SIZE). */
  databasePoolSize!: number;
  redisUrl!: string;
  smtpUrl!: string;
  mailFrom!: string;
  port!: number;
  /**
   * Not in the contract's table: API processes sharing the port (API_PROCESSES), one per core
   * by default in production, 1 otherwise; above 1 the API's entry point forks them.
   */
  apiProcesses!: number;
  jwtSecret!: string;
  jwtTtlSeconds!: number;
  runMigrations!: boolean;
  adminEmail!: string | null;
  adminPassword!: string | null;
  queuePrefix!: string;
  publicUrl!: string;
  workerConcurrency!: number;
  reconcileIntervalSeconds!: number;
  authRateLimitPerMinute!: number;
  trustProxy!: boolean;
  /** Not in the contract's table: pino level, default `info` (`warn` under NODE_ENV=test). */
  logLevel!: string;
  /** DATA_ENCRYPTION_KEYS: the first encrypts, all decrypt (passport numbers, letters). */
  dataEncryptionKeys!: DataEncryptionKey[];
}

/** One AES-256 key and the id stored beside every value it encrypts. */
export interface DataEncryptionKey {
  id: string;
  key: Buffer;
}

const DEVELOPMENT_JWT_SECRET = 'gofar-development-secret-do-not-use-in-production';
/** Used only outside production when DATA_ENCRYPTION_KEYS is not set; refused in production. */
const DEVELOPMENT_ENCRYPTION_KEYS = 'dev1:ZGV2ZWxvcG1lbnQta2V5LWRvLW5vdC11c2UtMzIhISE=';

type Env = Record<string, string | undefined>;

function read(env: Env, name: string, fallback: string | null): string | null {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  return value.trim();
}

function required(env: Env, name: string, fallback: string): string {
  return read(env, name, fallback) as string;
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const value = required(env, name, fallback);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, `must be a URL (${protocols.join(' or ')})`);
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, not ${parsed.protocol}`);
  }
  return value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = read(env, name, String(fallback)) as string;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return Number(value);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const value = (read(env, name, String(fallback)) as string).toLowerCase();
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new ConfigError(name, `must be true or false, got "${value}"`);
}

function isoDurationSeconds(env: Env, name: string, fallback: string): number {
  const value = required(env, name, fallback);
  const duration = Duration.fromISO(value);
  const seconds = duration.isValid ? duration.as('seconds') : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new ConfigError(
      name,
      `must be a positive ISO 8601 duration such as PT12H, got "${value}"`,
    );
  }
  return Math.round(seconds);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevel(env: Env, fallback: string): string {
  const value = required(env, 'LOG_LEVEL', fallback).toLowerCase();
  if (!LOG_LEVELS.includes(value))
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  return value;
}

/**
 * `id1:base64key,id2:base64key`: ids of letters, digits, `_` and `-`, unique; each key 32 bytes
 * (AES-256). The key material never appears in an error message.
 */
function encryptionKeys(env: Env, production: boolean): DataEncryptionKey[] {
  const name = 'DATA_ENCRYPTION_KEYS';
  const value = read(env, name, production ? null : DEVELOPMENT_ENCRYPTION_KEYS);
  if (value === null) throw new ConfigError(name, 'is required when NODE_ENV=production');
  if (production && value === DEVELOPMENT_ENCRYPTION_KEYS)
    throw new ConfigError(name, 'must be a private key of your own in production');
  const keys: DataEncryptionKey[] = [];
  for (const [index, entry] of value.split(',').entries()) {
    const separator = entry.indexOf(':');
    const id = separator > 0 ? entry.slice(0, separator).trim() : '';
    const material = separator > 0 ? entry.slice(separator + 1).trim() : '';
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id))
      throw new ConfigError(
        name,
        `entry ${index + 1} must be "id:base64key" with an id of letters, digits, "_" or "-"`,
      );
    if (keys.some((key) => key.id === id))
      throw new ConfigError(name, `key id "${id}" appears twice`);
    const key = /^[A-Za-z0-9+/]+={0,2}$/.test(material) ? Buffer.from(material, 'base64') : null;
    if (!key || key.length !== 32)
      throw new ConfigError(name, `key "${id}" must be 32 bytes, base64-encoded`);
    keys.push({ id, key });
  }
  return keys;
}

/**
 * Reads and validates every variable of the contract. Throws a ConfigError naming the first
 * bad variable, so a misconfigured process stops with one clear line.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = required(env, 'NODE_ENV', 'development');
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `must be development, test or production, got "${nodeEnv}"`);
  }
  const production = nodeEnv === 'production';

  const jwtSecret = read(env, 'JWT_SECRET', production ? null : DEVELOPMENT_JWT_SECRET);
  if (jwtSecret === null)
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
  if (production && (jwtSecret.length < 32 || jwtSecret === DEVELOPMENT_JWT_SECRET)) {
    throw new ConfigError(
      'JWT_SECRET',
      'must be a private value of at least 32 characters in production',
    );
  }

  const adminEmail = read(env, 'ADMIN_EMAIL', null);
  const adminPassword = read(env, 'ADMIN_PASSWORD', null);
  if (adminEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError('ADMIN_EMAIL', 'must be an email address');
  }
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new ConfigError(
      adminEmail === null ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD',
      'must be set together with the other admin variable',
    );
  }
  if (adminPassword !== null && adminPassword.length < 10) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 10 characters');
  }

  const queuePrefix = required(env, 'QUEUE_PREFIX', 'gofar');
  if (!/^[A-Za-z0-9_.-]+$/.test(queuePrefix)) {
    throw new ConfigError('QUEUE_PREFIX', 'may hold only letters, digits, "_", "." and "-"');
  }

  const dataEncryptionKeys = encryptionKeys(env, production);

  const config = new AppConfig();
  Object.assign(config, {
    nodeEnv: nodeEnv as NodeEnv,
    databaseUrl: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/gofar', [
      'postgres',
      'postgresql',
    ]),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 500),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis', 'rediss']),
    smtpUrl: url(env, 'SMTP_URL', 'smtp://127.0.0.1:1025', ['smtp', 'smtps']),
    mailFrom: required(env, 'MAIL_FROM', 'Gofar <no-reply@gofar.local>'),
    port: integer(env, 'PORT', 3000, 0, 65535),
    apiProcesses: integer(env, 'API_PROCESSES', production ? availableParallelism() : 1, 1, 256),
    jwtSecret,
    jwtTtlSeconds: isoDurationSeconds(env, 'JWT_TTL', 'PT12H'),
    runMigrations: boolean(env, 'RUN_MIGRATIONS', true),
    adminEmail: adminEmail?.toLowerCase() ?? null,
    adminPassword,
    queuePrefix,
    publicUrl: url(env, 'PUBLIC_URL', 'http://localhost:3000', ['http', 'https']).replace(
      /\/+$/,
      '',
    ),
    workerConcurrency: integer(env, 'WORKER_CONCURRENCY', 20, 1, 1000),
    reconcileIntervalSeconds: integer(env, 'RECONCILE_INTERVAL_SECONDS', 300, 1, 86400),
    authRateLimitPerMinute: integer(env, 'AUTH_RATE_LIMIT_PER_MINUTE', 20, 0, 1_000_000),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    logLevel: logLevel(env, nodeEnv === 'test' ? 'warn' : 'info'),
    dataEncryptionKeys,
  } satisfies AppConfig);
  return config;
}
