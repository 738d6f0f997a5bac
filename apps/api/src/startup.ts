import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '#config/index.js';
import { AccountService } from '#core/accounts/index.js';
import { withStartupLock } from '#db/index.js';

/**
 * The work one API process does before it serves: apply pending migrations (unless
 * RUN_MIGRATIONS=false) and create the configured admin, both under one advisory lock so
 * that processes starting together take turns.
 */
export async function prepareDatabase(
  app: INestApplicationContext,
  logger: LoggerService,
): Promise<void> {
  const config = app.get(AppConfig);
  const dataSource = app.get(DataSource);
  await withStartupLock(dataSource, async () => {
    if (config.runMigrations) {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (applied.length)
        logger.log(`Applied migrations: ${applied.map((m) => m.name).join(', ')}`, 'Startup');
    }
    if (config.adminEmail && config.adminPassword) {
      const outcome = await app
        .get(AccountService)
        .ensureAdmin(config.adminEmail, config.adminPassword);
      // No address in the log: it is an account's email like any other.
      if (outcome === 'created') logger.log('Created the configured admin account', 'Startup');
    }
  });
}
