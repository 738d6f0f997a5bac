/** The demo data's front door (the demo people and data stay inside). */
export * from './demo-programme.js';
export * from './demo-seeder.service.js';
export * from './seed.module.js';
