/** The accounts feature's front door: what other features and the apps may use. */
export * from './account.service.js';
export * from './accounts.errors.js';
export * from './normalize-email.js';
export * from './password-hasher.js';
export * from './user.entity.js';
export * from './user.repository.js';
