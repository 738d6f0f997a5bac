import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '#config/index.js';
import { dataSourceOptions, type DataSourceSettings } from './data-source-options.js';

/**
 * Opens the TypeORM DataSource for an app; migrations are applied separately, under a lock.
 * The entities come from the caller (the domain's list in libs/core).
 */
@Module({})
export class DbModule {
  static forRoot(applicationName: string, entities: DataSourceSettings['entities']): DynamicModule {
    return {
      module: DbModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions({
              url: config.databaseUrl,
              entities,
              applicationName,
              poolSize: config.databasePoolSize,
            }),
            retryAttempts: 3,
            retryDelay: 1000,
          }),
        }),
      ],
    };
  }
}
