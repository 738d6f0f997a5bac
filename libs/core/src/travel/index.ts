/** The travel feature's front door: travel records and airport pickups. */
export * from './airport-pickup.entity.js';
export * from './flight-time.js';
export * from './pickup-grouping.js';
export * from './pickup-member.entity.js';
export * from './pickup-plan.entity.js';
export * from './pickup.service.js';
export * from './travel-input.js';
export * from './travel-record.entity.js';
export * from './travel.errors.js';
export * from './travel.service.js';
