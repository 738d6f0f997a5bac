/** The notifications feature's front door (composing emails and recording sends stay inside). */
export * from './delivery.errors.js';
export * from './delivery.service.js';
export * from './event-summary.js';
export * from './notification-key.js';
export * from './notification-kind.js';
export * from './notification-list.service.js';
export * from './notification-scheduler.service.js';
export * from './notification.entity.js';
export * from './outbox-message.entity.js';
export * from './outbox.js';
export * from './recipient.js';
