/** The registrations feature's front door: what other features and the apps may use. */
export * from './registration-change.entity.js';
export * from './registration-input.js';
export * from './registration-ledger.service.js';
export * from './registration-rules.js';
export * from './registration-status.js';
export * from './registration.entity.js';
export * from './registration.service.js';
export * from './registrations.errors.js';
export * from './registration.repository.js';
export * from './registration-search.js';
