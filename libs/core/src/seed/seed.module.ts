import { Module } from '@nestjs/common';
import { CoreModule } from '../core.module.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({ imports: [CoreModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class SeedModule {}
