import { Module } from '@nestjs/common';
import { CoreModule } from '../core.module.js';
import { DemoSeederService } from './demo-seeder.service.js';

@Module({ imports: [CoreModule], providers: [DemoSeederService], exports: [DemoSeederService] })
export class SeedModule {}
