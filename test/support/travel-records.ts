import { encryptWith } from '#core/privacy/index.js';
import { TEST_DATA_ENCRYPTION_KEYS } from './test-environment.js';
import type { Stack } from './stack.js';

/**
 * Writes a travel record straight into PostgreSQL, for features that read one (rooms, letters)
 * without going through the travel routes. The passport number is encrypted with the tests'
 * first key, bound to the registration, as the API stores it.
 */
export async function insertTravelRecord(
  stack: Stack,
  record: {
    registrationId: string;
    eventId: string;
    roomSharing?: 'female' | 'male' | 'single' | null;
    fullNameAsInPassport?: string | null;
    passportNumber?: string | null;
  },
): Promise<void> {
  const [first] = TEST_DATA_ENCRYPTION_KEYS.split(',');
  const [id, key] = first!.split(':');
  const encrypted = record.passportNumber
    ? encryptWith(
        { id: id!, key: Buffer.from(key!, 'base64') },
        record.passportNumber,
        record.registrationId,
      )
    : null;
  await stack.query(
    `INSERT INTO travel_records (registration_id, event_id, room_sharing, full_name_as_in_passport,
       passport_number_encrypted, passport_number_key_id, passport_issuing_country, passport_expires_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (registration_id) DO UPDATE SET room_sharing = EXCLUDED.room_sharing,
       full_name_as_in_passport = EXCLUDED.full_name_as_in_passport,
       passport_number_encrypted = EXCLUDED.passport_number_encrypted,
       passport_number_key_id = EXCLUDED.passport_number_key_id,
       passport_issuing_country = EXCLUDED.passport_issuing_country,
       passport_expires_on = EXCLUDED.passport_expires_on`,
    [
      record.registrationId,
      record.eventId,
      record.roomSharing ?? null,
      record.fullNameAsInPassport ?? null,
      encrypted?.ciphertext ?? null,
      encrypted?.keyId ?? null,
      encrypted ? 'VN' : null,
      encrypted ? '2032-01-31' : null,
    ],
  );
}
