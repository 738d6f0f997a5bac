import { DomainError, type ErrorDetail } from '../common/index.js';

export const passportMissing = () =>
  new DomainError(
    'rule',
    'PASSPORT_MISSING',
    'The participant’s travel record has no passport; a letter needs its name, number and expiry',
  );
export const visaNotNeeded = (country: string) =>
  new DomainError(
    'rule',
    'VISA_NOT_NEEDED',
    `The participant’s travel record does not list ${country} in visaNeededFor`,
  );
export const passportExpiresTooSoon = (mustLastUntil: string) =>
  new DomainError(
    'rule',
    'PASSPORT_EXPIRES_TOO_SOON',
    `The passport must be valid until at least ${mustLastUntil} (six months after the event ends)`,
  );
export const letterDetailsMissing = (details: ErrorDetail[]) =>
  new DomainError(
    'rule',
    'LETTER_DETAILS_MISSING',
    `The event needs ${details.map((detail) => detail.field).join(' and ')} before letters can be issued`,
    details,
  );
export const noProgrammeInCountry = (country: string) =>
  new DomainError(
    'rule',
    'NO_PROGRAMME_IN_COUNTRY',
    `No session of the programme is held in ${country}`,
  );
export const letterNotValid = () =>
  new DomainError(
    'conflict',
    'INVALID_STATE',
    'This letter is no longer valid (the registration is no longer confirmed, or its content was erased)',
  );
export const notFoundLetter = () =>
  new DomainError('not_found', 'NOT_FOUND', 'No letter has this reference');
