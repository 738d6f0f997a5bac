/** The invitation letters feature's front door. */
export * from './invitation-letter.entity.js';
export * from './invitation-letter.repository.js';
export * from './invitation-letter.service.js';
export * from './letter-reference.js';
export * from './letter-snapshot.js';
export * from './letters.errors.js';
