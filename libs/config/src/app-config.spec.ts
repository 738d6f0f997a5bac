import { availableParallelism } from 'node:os';
import { loadConfig } from './app-config.js';
import { ConfigError } from './config.error.js';

describe('loadConfig', () => {
  it('gives every variable its local default', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/gofar',
      redisUrl: 'redis://127.0.0.1:6379',
      smtpUrl: 'smtp://127.0.0.1:1025',
      mailFrom: 'Gofar <no-reply@gofar.local>',
      port: 3000,
      apiProcesses: 1,
      jwtTtlSeconds: 12 * 3600,
      runMigrations: true,
      adminEmail: null,
      queuePrefix: 'gofar',
      publicUrl: 'http://localhost:3000',
      workerConcurrency: 20,
      reconcileIntervalSeconds: 300,
      authRateLimitPerMinute: 20,
      trustProxy: false,
    });
  });

  it('parses given values', () => {
    const config = loadConfig({
      JWT_TTL: 'PT30M',
      RUN_MIGRATIONS: 'false',
      AUTH_RATE_LIMIT_PER_MINUTE: '0',
      PUBLIC_URL: 'https://gofar.example/',
    });
    expect(config.jwtTtlSeconds).toBe(1800);
    expect(config.runMigrations).toBe(false);
    expect(config.authRateLimitPerMinute).toBe(0);
    expect(config.publicUrl).toBe('https://gofar.example');
  });

  it('runs one API process per core in production unless API_PROCESSES says otherwise', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(40),
      DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
    };
    expect(loadConfig(production).apiProcesses).toBe(availableParallelism());
    expect(loadConfig({ ...production, API_PROCESSES: '3' }).apiProcesses).toBe(3);
    expect(loadConfig({ NODE_ENV: 'test' }).apiProcesses).toBe(1);
    expect(() => loadConfig({ API_PROCESSES: '0' })).toThrow(ConfigError);
  });

  it.each([
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ PORT: '70000' }, 'PORT'],
    [{ JWT_TTL: '12h' }, 'JWT_TTL'],
    [{ RUN_MIGRATIONS: 'maybe' }, 'RUN_MIGRATIONS'],
    [{ ADMIN_EMAIL: 'admin@gofar.local' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'admin@gofar.local', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ QUEUE_PREFIX: 'has:colon' }, 'QUEUE_PREFIX'],
    [{ WORKER_CONCURRENCY: '0' }, 'WORKER_CONCURRENCY'],
    [{ AUTH_RATE_LIMIT_PER_MINUTE: '-1' }, 'AUTH_RATE_LIMIT_PER_MINUTE'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }, 'DATA_ENCRYPTION_KEYS'],
    [{ DATA_ENCRYPTION_KEYS: 'k1' }, 'DATA_ENCRYPTION_KEYS'],
    [{ DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(16).toString('base64')}` }, 'DATA_ENCRYPTION_KEYS'],
    [
      { DATA_ENCRYPTION_KEYS: `k1:${'A'.repeat(43)}=,k1:${'B'.repeat(43)}=` },
      'DATA_ENCRYPTION_KEYS',
    ],
  ])('refuses %p naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it('accepts a production secret of 32 characters or more', () => {
    expect(
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(32),
        DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
      }).jwtSecret,
    ).toHaveLength(32);
  });

  it('reads DATA_ENCRYPTION_KEYS in order, the first one encrypting', () => {
    const keys = loadConfig({
      DATA_ENCRYPTION_KEYS: `new:${Buffer.alloc(32, 1).toString('base64')}, old:${Buffer.alloc(32, 2).toString('base64')}`,
    }).dataEncryptionKeys;
    expect(keys.map((key) => key.id)).toEqual(['new', 'old']);
    expect(keys[1].key).toEqual(Buffer.alloc(32, 2));
  });

  it('keeps the key material out of its error messages', () => {
    const material = Buffer.alloc(20, 9).toString('base64');
    expect(() => loadConfig({ DATA_ENCRYPTION_KEYS: `k1:${material}` })).toThrow(ConfigError);
    try {
      loadConfig({ DATA_ENCRYPTION_KEYS: `k1:${material}` });
    } catch (error) {
      expect((error as Error).message).not.toContain(material);
    }
  });

  it('refuses the development key in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(32),
        DATA_ENCRYPTION_KEYS: 'dev1:ZGV2ZWxvcG1lbnQta2V5LWRvLW5vdC11c2UtMzIhISE=',
      }),
    ).toThrow(ConfigError);
  });
});
