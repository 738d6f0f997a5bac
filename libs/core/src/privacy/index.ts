/** Privacy building blocks other features use: encryption of personal values at rest. */
export * from './data-encryption.service.js';
