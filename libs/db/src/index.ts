export * from './data-source-options.js';
export * from './db.module.js';
export * from './run-migrations.js';
export * from './snake-naming.strategy.js';
export * from './transaction.js';
export * from './pool-query.js';
export * from './log-safe-error.js';
export * from './safe-query-logger.js';
