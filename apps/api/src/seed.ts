import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfigOrExit } from '../../../libs/config/src/index.js';
import { DemoSeeder } from '../../../libs/core/src/seed/demo-seeder.js';
import { SeedModule } from '../../../libs/core/src/seed/seed.module.js';
import { DbModule } from '../../../libs/db/src/index.js';
import { prepareDatabase } from './startup.js';

@Module({ imports: [ConfigModule, DbModule.forRoot('gofar-seed'), SeedModule] })
class SeedAppModule {}

/** `npm run seed`: applies migrations (under the start-up lock) and loads the demo data. */
async function seed(): Promise<void> {
  loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(SeedAppModule, {
    logger: ['log', 'warn', 'error'],
  });
  try {
    await prepareDatabase(app, console);
    await app.get(DemoSeeder).run();
  } finally {
    await app.close();
  }
}

void seed();
