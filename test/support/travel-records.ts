import { DataSource } from 'typeorm';
import { loadConfig } from '#config/index.js';
import { dataSourceOptions } from '#db/data-source-options.js';
import { entities } from '#core/entities.js';
import { DataEncryptionService } from '#core/privacy/index.js';
import { TravelRecord } from '#core/travel/index.js';
import { InvitationLetterRepository, type LetterRevokedReason } from '#core/letters/index.js';
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
