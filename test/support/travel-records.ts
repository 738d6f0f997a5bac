import { DataSource } from 'typeorm';
import { loadConfig } from '#config/index.js';
import { dataSourceOptions } from '#db/data-source-options.js';
import { entities } from '#core/entities.js';
import { DataEncryptionService, encryptWith } from '#core/privacy/index.js';
import { TravelRecord } from '#core/travel/index.js';
import { InvitationLetterRepository, type LetterRevokedReason } from '#core/letters/index.js';
import type { Stack } from './stack.js';
import { TEST_DATA_ENCRYPTION_KEYS, TEST_JWT_SECRET } from './test-environment.js';

export interface TravelRecordFixture {
  visaNeededFor?: string[];
  passport?: {
    number: string;
    issuingCountry: string;
    expiresOn: string;
    fullNameAsInPassport: string;
  };
}

/**
 * Writes a registration's travel record (with its passport number encrypted as the API does:
 * the DataEncryptionService with the run's keys, bound to the registration id) straight
 * through the entity, for tests of what reads travel records (letters, rooming lists).
 */
export async function writeTravelRecord(
  databaseUrl: string,
  registration: { id: string; eventId: string },
  fixture: TravelRecordFixture,
): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    DATA_ENCRYPTION_KEYS: TEST_DATA_ENCRYPTION_KEYS,
  });
  const encryption = new DataEncryptionService(config);
  const dataSource = new DataSource(dataSourceOptions({ url: databaseUrl, entities, poolSize: 1 }));
  await dataSource.initialize();
  try {
    const sealed = fixture.passport
      ? encryption.encrypt(fixture.passport.number, registration.id)
      : null;
    await dataSource.getRepository(TravelRecord).save({
      registrationId: registration.id,
      eventId: registration.eventId,
      visaNeededFor: fixture.visaNeededFor ?? [],
      passportNumberEncrypted: sealed?.ciphertext ?? null,
      passportNumberKeyId: sealed?.keyId ?? null,
      passportIssuingCountry: fixture.passport?.issuingCountry ?? null,
      passportExpiresOn: fixture.passport?.expiresOn ?? null,
      fullNameAsInPassport: fixture.passport?.fullNameAsInPassport ?? null,
    });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Runs the letters' revocation hook as account erasure and the retention sweep will: their
 * content erased, the letters no longer valid.
 */
export async function revokeLetters(
  databaseUrl: string,
  registrationIds: string[],
  reason: LetterRevokedReason,
): Promise<number> {
  const dataSource = new DataSource(dataSourceOptions({ url: databaseUrl, entities, poolSize: 1 }));
  await dataSource.initialize();
  try {
    return await dataSource.transaction((manager) =>
      new InvitationLetterRepository(dataSource).revokeForRegistrations(
        manager,
        registrationIds,
        reason,
      ),
    );
  } finally {
    await dataSource.destroy();
  }
}

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
