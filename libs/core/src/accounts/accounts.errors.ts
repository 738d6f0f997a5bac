import { DomainError } from '../common/index.js';

export const emailTaken = () =>
  new DomainError('conflict', 'EMAIL_TAKEN', 'An account with this email already exists');
export const invalidCredentials = () =>
  new DomainError('unauthenticated', 'INVALID_CREDENTIALS', 'Email or password is incorrect');
