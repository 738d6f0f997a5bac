/** An event's figures for its console: the stats feature's front door. */
export * from './event-stats.repository.js';
export * from './event-stats.service.js';
