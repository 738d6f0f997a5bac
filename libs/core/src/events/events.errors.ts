import { DomainError } from '../common/index.js';

export const capacityBelowConfirmed = (seatsTaken: number) =>
  new DomainError(
    'conflict',
    'CAPACITY_BELOW_CONFIRMED',
    `Capacity cannot be below the ${seatsTaken} confirmed registrations`,
  );
export const quotaBelowConfirmed = (country: string, confirmed: number) =>
  new DomainError(
    'conflict',
    'QUOTA_BELOW_CONFIRMED',
    `The quota for ${country} cannot be below its ${confirmed} confirmed registrations`,
  );
export const notAMember = () =>
  new DomainError(
    'rule',
    'NOT_A_MEMBER',
    'Event staff must be staff or organizers of the event’s organization',
  );
