import { stringify } from 'csv-stringify/sync';
import type { RegistrationView } from '#core/registrations/index.js';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Spreadsheet programs run a cell that starts with one of these as a formula; a leading
 * apostrophe makes it text again (OWASP's advice for CSV injection).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The registrations of an event as CSV: UTF-8 with a byte-order mark (so spreadsheet programs
 * keep Korean, Thai, Vietnamese and Burmese names intact), a header row, and medical notes only
 * when asked for.
 */
export function registrationsCsv(views: RegistrationView[], includeMedical: boolean): string {
  const header = [
    'registrationId',
    'status',
    'waitlistPosition',
    'fullName',
    'email',
    'nationality',
    'dateOfBirth',
    'gender',
    'dietaryRequirements',
    'emergencyContactName',
    'emergencyContactPhone',
    'emergencyContactRelationship',
    'guardianName',
    'guardianPhone',
    'guardianEmail',
    'guardianRelationship',
    'guardianConsentedAt',
    'motivation',
    'registeredAt',
    ...(includeMedical ? ['medicalNotes'] : []),
  ];
  const rows = views.map(({ registration: r, waitlistPosition }) => [
    r.id,
    r.status,
    waitlistPosition ?? '',
    r.user?.fullName ?? '',
    r.user?.email ?? '',
    r.nationality,
    r.dateOfBirth,
    r.gender ?? '',
    r.dietaryRequirements.join('; '),
    r.emergencyContact.name,
    r.emergencyContact.phone,
    r.emergencyContact.relationship,
    r.guardian?.name ?? '',
    r.guardian?.phone ?? '',
    r.guardian?.email ?? '',
    r.guardian?.relationship ?? '',
    r.guardian?.consentedAt ?? '',
    r.motivation ?? '',
    r.createdAt.toISOString(),
    ...(includeMedical ? [r.medicalNotes ?? ''] : []),
  ]);
  const cells = rows.map((row) => row.map((cell) => neutralizeFormula(String(cell))));
  return BYTE_ORDER_MARK + stringify([header, ...cells], { record_delimiter: '\r\n' });
}
