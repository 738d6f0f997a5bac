/** Shared building blocks of every feature: domain errors, pagination, time. */
export * from './domain-error.js';
export * from './pagination.js';
export * from './time.js';
