import { DomainError } from '../common/index.js';

export const emailTaken = () =>
  new DomainError('conflict', 'EMAIL_TAKEN', 'An account with this email already exists');
export const invalidCredentials = () =>
  new DomainError('unauthenticated', 'INVALID_CREDENTIALS', 'Email or password is incorrect');

/** A wrong current password where the caller is signed in already (not a sign-in failure). */
export const wrongCurrentPassword = () =>
  new DomainError('rule', 'INVALID_CREDENTIALS', 'The current password is incorrect');

export const tokenInvalid = () =>
  new DomainError(
    'rule',
    'TOKEN_INVALID',
    'This link is unknown, has been used already or has expired; ask for a new one',
  );
