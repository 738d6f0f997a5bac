/** The accounts feature's front door: what other features and the apps may use. */
export * from './account-lifecycle.service.js';
export * from './account-token.entity.js';
export * from './account.service.js';
export * from './accounts.errors.js';
export * from './browser-session.entity.js';
export * from './browser-session.service.js';
export * from './locale.js';
export * from './normalize-email.js';
export * from './password-hasher.js';
export * from './secret-token.js';
export * from './user.entity.js';
export * from './user.repository.js';
