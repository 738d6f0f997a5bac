import { DomainError } from '../common/index.js';

export const alreadyRegistered = () =>
  new DomainError(
    'conflict',
    'ALREADY_REGISTERED',
    'You already have a registration for this event',
  );
export const emailNotVerified = () =>
  new DomainError(
    'rule',
    'EMAIL_NOT_VERIFIED',
    'This event accepts registrations only from verified email addresses; use the link we emailed you, or ask for a new one',
  );
export const registrationClosed = (why: string) =>
  new DomainError('rule', 'REGISTRATION_CLOSED', `Registration is closed: ${why}`);
export const guardianConsentRequired = () =>
  new DomainError(
    'rule',
    'GUARDIAN_CONSENT_REQUIRED',
    'Participants under 18 on the first day need a guardian’s consent (guardian with consent: true)',
  );
export const countryNotEligible = (country: string) =>
  new DomainError(
    'rule',
    'COUNTRY_NOT_ELIGIBLE',
    `Applicants of nationality ${country} are not eligible for this event`,
  );
