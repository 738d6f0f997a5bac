import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, LogLevel } from 'typeorm';
import { describeError, maskValues } from './log-safe-error.js';

/**
 * TypeORM's logger for Gofar: a failed query is logged with its error code, the table,
 * constraint and column PostgreSQL names and a masked message, never with its SQL or its
 * parameters (which hold password hashes and participants' personal data). Migrations are
 * logged as they run; query text is never logged.
 */
export class SafeQueryLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  constructor(private readonly levels: readonly LogLevel[]) {}

  logQuery(): void {
    // Query text and parameters are never logged.
  }

  logQuerySlow(time: number): void {
    if (this.levels.includes('warn')) this.logger.warn(`A query took ${time} ms`);
  }

  logQueryError(error: string | Error): void {
    if (this.levels.includes('error'))
      this.logger.error({ error: describeError(error) }, 'Query failed');
  }

  logSchemaBuild(message: string): void {
    if (this.levels.includes('schema')) this.logger.log(message);
  }

  logMigration(message: string): void {
    if (this.levels.includes('migration')) this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (!this.levels.includes(level)) return;
    // Notices PostgreSQL sends (RAISE NOTICE) can quote values too.
    const text = maskValues(typeof message === 'string' ? message : JSON.stringify(message));
    if (level === 'warn') this.logger.warn(text);
    else this.logger.log(text);
  }
}
