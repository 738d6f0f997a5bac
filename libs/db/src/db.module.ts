import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '#config/index.js';
import { dataSourceOptions } from './data-source-options.js';

/** Opens the TypeORM DataSource for an app; migrations are applied separately, under a lock. */
@Module({})
export class DbModule {
  static forRoot(applicationName: string): DynamicModule {
    return {
      module: DbModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions({
              url: config.databaseUrl,
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
