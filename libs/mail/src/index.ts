export * from './mail-message.js';
export * from './mail.module.js';
export * from './mailer.js';
export * from './smtp-failure.js';
export * from './templates/layout.js';
export * from './templates/membership.template.js';
export * from './templates/welcome.template.js';
export * from './templates/registration.templates.js';
