export interface ErrorDetail {
  field: string;
  constraint: string;
  message: string;
}

/** The HTTP status each family of domain error maps to; the API's filter uses it. */
export type ErrorKind =
  'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rule' | 'rate_limited';

/**
 * A failure the caller can act on, with a stable code from the contract
 * (e.g. `EVENT_NOT_DRAFT`). Anything that is not a DomainError is an internal error.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'Resource') =>
  new DomainError('not_found', 'NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') =>
  new DomainError('forbidden', 'FORBIDDEN', message);
export const invalidState = (message: string) =>
  new DomainError('conflict', 'INVALID_STATE', message);
export const validationFailed = (details: ErrorDetail[]) =>
  new DomainError(
    'invalid',
    'VALIDATION_FAILED',
    details.map((d) => d.message).join('; '),
    details,
  );
