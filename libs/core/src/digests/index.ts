/** The staff digests' front door. */
export * from './digest-schedule.js';
export * from './staff-digest.service.js';
export * from './digest-day.js';
export type { MedicalNoteRow, RegistrationChangeRow } from './digest.repository.js';
