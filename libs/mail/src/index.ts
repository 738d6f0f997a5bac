export * from './layout.js';
export * from './mail-message.js';
export * from './mail.module.js';
export * from './mailer.js';
export * from './smtp-failure.js';
