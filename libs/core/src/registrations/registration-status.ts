export const REGISTRATION_STATUSES = [
  'pending',
  'confirmed',
  'waitlisted',
  'rejected',
  'cancelled',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Statuses that hold a place in the event (one such registration per user and event). */
export const ACTIVE_STATUSES: RegistrationStatus[] = ['pending', 'confirmed', 'waitlisted'];

export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

export const CANCELLED_BY = ['participant', 'organizer', 'event'] as const;
export type CancelledBy = (typeof CANCELLED_BY)[number];
