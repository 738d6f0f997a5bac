import { DomainError, type ErrorDetail } from '../common/index.js';

export const flightDetailsRequired = (details: ErrorDetail[]) =>
  new DomainError(
    'rule',
    'FLIGHT_DETAILS_REQUIRED',
    'A flight needs its flight number, airport and time',
    details,
  );

export const unknownAirport = (details: ErrorDetail[]) =>
  new DomainError(
    'rule',
    'UNKNOWN_AIRPORT',
    'The airport is not an IATA code the platform knows',
    details,
  );

export const offsetMismatch = (details: ErrorDetail[]) =>
  new DomainError(
    'rule',
    'OFFSET_MISMATCH',
    'A flight time must be written with Z or with the UTC offset of the airport’s zone at that moment',
    details,
  );

export const staffIdsNotStaff = (details: ErrorDetail[]) =>
  new DomainError(
    'rule',
    'NOT_EVENT_STAFF',
    'Pickup staff must be staff or organizers of the event',
    details,
  );
