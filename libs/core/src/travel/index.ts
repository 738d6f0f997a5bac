/** The travel feature's front door: travel records and airport pickups. */
export * from './airport-pickup.entity.js';
export * from './pickup-member.entity.js';
export * from './pickup-plan.entity.js';
export * from './travel-record.entity.js';
