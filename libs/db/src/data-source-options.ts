import type { DataSourceOptions, LogLevel } from 'typeorm';
import { SafeQueryLogger } from './safe-query-logger.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { migrations } from './migrations/index.js';

/** What TypeORM logs: failures (masked, see SafeQueryLogger) and migrations; never queries. */
const LOGGING: LogLevel[] = ['error', 'warn', 'migration'];

export interface DataSourceSettings {
  url: string;
  /** The mapped entities: the domain's list (libs/core), which this library does not know. */
  entities: NonNullable<DataSourceOptions['entities']>;
  /** Connections in this process's pool. */
  poolSize?: number;
  applicationName?: string;
}

/** The one description of Gofar's database, shared by both apps, the seed and the CLI. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities,
    migrations,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: LOGGING,
    logger: new SafeQueryLogger(LOGGING),
    applicationName: settings.applicationName ?? 'gofar',
    extra: { max: settings.poolSize ?? 10 },
  };
}
