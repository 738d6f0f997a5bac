/** The organizations feature's front door: what other features and the apps may use. */
export * from './membership-role.js';
export * from './membership.entity.js';
export * from './membership.repository.js';
export * from './organization.entity.js';
export * from './organization.repository.js';
export * from './organization.service.js';
export * from './organizations.errors.js';
