import type { RoomSharing, TravelMode } from './travel-record.entity.js';

/** One way in or out, as the PUT gives it (instants as written, with their offsets). */
export interface TravelLegInput {
  mode: TravelMode;
  flightNumber?: string | null;
  airport?: string | null;
  /** `arrivesAt` for an arrival, `departsAt` for a departure. */
  at?: string | null;
  terminal?: string | null;
}

export interface PassportInput {
  number: string;
  issuingCountry: string;
  expiresOn: string;
  fullNameAsInPassport: string;
}

/** `PUT /registrations/:id/travel`: replaces the record, except `passport` (absent keeps it, null erases it). */
export interface TravelInput {
  phone?: string | null;
  arrival?: TravelLegInput | null;
  departure?: TravelLegInput | null;
  visaNeededFor?: string[];
  roomSharing?: RoomSharing | null;
  passport?: PassportInput | null;
}
