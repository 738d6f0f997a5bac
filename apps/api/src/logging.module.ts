import { Global, Module } from '@nestjs/common';
import { Logger, PARAMS_PROVIDER_TOKEN, PinoLogger } from 'nestjs-pino';
import { AppConfig } from '#config/index.js';
import { pinoHttpOptions } from './logging.js';

/**
 * Nest's logger writing through pino (nestjs-pino's Logger and PinoLogger), without
 * nestjs-pino's request middleware: that middleware runs every request through Fastify's
 * middleware layer and an AsyncLocalStorage, whose promise hooks then tax every promise the
 * process makes. The request line is written by a Fastify hook instead (registerRequestLog).
 */
@Global()
@Module({
  providers: [
    Logger,
    PinoLogger,
    {
      provide: PARAMS_PROVIDER_TOKEN,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ pinoHttp: pinoHttpOptions(config) }),
    },
  ],
  exports: [Logger, PinoLogger],
})
export class LoggingModule {}
