import type { Gender, RegistrationStatus } from './registration-status.js';
import type { EmergencyContact } from './registration.entity.js';

/** A registration as the applicant submits it (validated at the edge). */
export interface RegistrationInput {
  nationality: string;
  dateOfBirth: string;
  gender?: Gender | null;
  dietaryRequirements?: string[];
  medicalNotes?: string | null;
  emergencyContact: EmergencyContact;
  motivation?: string | null;
  guardian?: {
    name: string;
    phone: string;
    email?: string | null;
    relationship: string;
    consent: boolean;
  } | null;
}

/** What narrows an event's registrations: status, nationality, and `q` on name or email. */
export interface RegistrationSearch {
  status?: RegistrationStatus;
  nationality?: string;
  /** Words that must each appear in the registrant's name or email, case and accents aside. */
  q?: string;
}

export interface RegistrationFilter extends RegistrationSearch {
  limit?: number;
  cursor?: string;
}
