import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '../../../libs/config/src/index.js';
import { CoreModule } from '../../../libs/core/src/core.module.js';
import { DbModule } from '../../../libs/db/src/index.js';
import { RedisModule } from '../../../libs/queue/src/index.js';

/** The worker: no HTTP server; queue processors and sweeps register here. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.logLevel } }),
    }),
    DbModule.forRoot('gofar-worker'),
    RedisModule,
    CoreModule,
  ],
})
export class WorkerModule {}
