/** The reminders feature's front door: what other features and the apps may use. */
export * from './reminder-anchors.service.js';
export * from './reminder-composer.js';
export * from './reminder-context.js';
export * from './reminder-fan-out.service.js';
export * from './reminder-plan-request.js';
export * from './reminder-planner.service.js';
export * from './reminder-reconciler.service.js';
export * from './reminder-times.js';
export * from './reminder.emails.js';
