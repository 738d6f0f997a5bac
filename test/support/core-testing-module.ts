import { randomBytes } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, loadConfig } from '#config/index.js';
import { CoreModule } from '#core/core.module.js';
import { DbModule } from '#db/index.js';
import { createDatabase, dropDatabase } from './databases.js';
import {
  REDIS_URL,
  TEST_DATA_ENCRYPTION_KEYS,
  TEST_JWT_SECRET,
  databaseUrl,
  testRun,
} from './test-environment.js';
import { entities } from '#core/entities.js';

/**
 * The middle tier: Gofar's domain services wired by Nest as the apps wire them, against a
 * PostgreSQL database of their own (migrated, never synchronised), without an HTTP server or a
 * process to spawn. Rules and their SQL are tested here; HTTP, multi-process and email stories
 * stay end to end.
 */
export class CoreTestingModule {
  private constructor(
    readonly module: TestingModule,
    private readonly databaseName: string,
  ) {}

  static async start(): Promise<CoreTestingModule> {
    const databaseName = `gofar_test_${testRun().runId}_int_${randomBytes(3).toString('hex')}`;
    await createDatabase(databaseName);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl(databaseName),
      DATABASE_POOL_SIZE: '5',
      REDIS_URL,
      QUEUE_PREFIX: `${testRun().queuePrefix}-int`,
      JWT_SECRET: TEST_JWT_SECRET,
      DATA_ENCRYPTION_KEYS: TEST_DATA_ENCRYPTION_KEYS,
    });
    const module = await Test.createTestingModule({
      imports: [ConfigModule, DbModule.forRoot('gofar-test-core', entities), CoreModule],
    })
      .overrideProvider(AppConfig)
      .useValue(config)
      .compile();
    await module.init();
    await module.get(DataSource).runMigrations({ transaction: 'each' });
    return new CoreTestingModule(module, databaseName);
  }

  get<T>(type: abstract new (...args: never[]) => T): T {
    return this.module.get(type as never);
  }

  get dataSource(): DataSource {
    return this.module.get(DataSource);
  }

  query<T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.dataSource.query(sql, parameters);
  }

  async stop(): Promise<void> {
    await this.module.close();
    await dropDatabase(this.databaseName);
  }
}
