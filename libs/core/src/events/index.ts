/** The events feature's front door: what other features and the apps may use. */
export * from './event-access.service.js';
export * from './event-defaults.js';
export * from './event-input.js';
export * from './event-staff.entity.js';
export * from './event-status.js';
export * from './event.entity.js';
export * from './event.service.js';
export * from './events.errors.js';
export * from './event.repository.js';
