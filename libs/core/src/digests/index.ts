/** The staff digests' front door. */
export * from './digest-schedule.js';
export * from './staff-digest.service.js';
