import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfigOrExit } from '#config/index.js';
import { DemoSeederService, SeedModule } from '#core/seed/index.js';
import { DbModule } from '#db/index.js';
import { prepareDatabase } from './startup.js';
import { entities } from '#core/entities.js';

@Module({ imports: [ConfigModule, DbModule.forRoot('gofar-seed', entities), SeedModule] })
class SeedAppModule {}

/** `npm run seed`: applies migrations (under the start-up lock) and loads the demo data. */
async function seed(): Promise<void> {
  loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(SeedAppModule, {
    logger: ['log', 'warn', 'error'],
  });
  try {
    await prepareDatabase(app, console);
    await app.get(DemoSeederService).run();
  } finally {
    await app.close();
  }
}

void seed();
