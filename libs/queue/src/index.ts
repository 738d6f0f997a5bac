export * from './job-id.js';
export * from './job-queues.js';
export * from './queue-names.js';
export * from './queue-settings.js';
export * from './redis-connection.js';
export * from './redis-keys.js';
export * from './redis.module.js';
