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

export interface RegistrationFilter {
  status?: RegistrationStatus;
  nationality?: string;
  limit?: number;
  cursor?: string;
}
