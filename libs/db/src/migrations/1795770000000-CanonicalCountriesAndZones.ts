import { getTimezone } from 'countries-and-timezones';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Zone columns: each is rewritten to the canonical IANA name of what it holds. */
const ZONE_COLUMNS = [
  ['events', 'timezone'],
  ['sessions', 'timezone'],
  ['sessions', 'end_timezone'],
] as const;

/** The zone's canonical IANA name (case fixed by ICU, links followed), as the API now stores it. */
function canonical(zone: string): string {
  const icuName = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  return getTimezone(icuName)?.aliasOf ?? icuName;
}

/**
 * Country codes were stored as typed, so `fr` escaped the quota of `FR`, and zones as typed, so
 * a calendar could carry a TZID without its VTIMEZONE. Both are normalised here, and the
 * database refuses a nationality that is not two capital letters from now on.
 */
export class CanonicalCountriesAndZones1795770000000 implements MigrationInterface {
  name = 'CanonicalCountriesAndZones1795770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "registrations" SET "nationality" = upper("nationality") WHERE "nationality" <> upper("nationality")`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "CHK_registrations_nationality" CHECK ("nationality" ~ '^[A-Z]{2}$')`,
    );
    await queryRunner.query(
      `UPDATE "events" SET "country_quotas" =
         (SELECT coalesce(jsonb_object_agg(upper(key), value), '{}'::jsonb) FROM jsonb_each("country_quotas"))
        WHERE EXISTS (SELECT 1 FROM jsonb_object_keys("country_quotas") AS k WHERE k <> upper(k))`,
    );
    await queryRunner.query(
      `UPDATE "sessions" SET "venue" = jsonb_set("venue", '{country}', to_jsonb(upper("venue" ->> 'country')))
        WHERE "venue" ->> 'country' <> upper("venue" ->> 'country')`,
    );
    for (const [table, column] of ZONE_COLUMNS) {
      const rows: { zone: string }[] = await queryRunner.query(
        `SELECT DISTINCT "${column}" AS zone FROM "${table}" WHERE "${column}" IS NOT NULL`,
      );
      for (const { zone } of rows) {
        const name = canonical(zone);
        if (name !== zone)
          await queryRunner.query(`UPDATE "${table}" SET "${column}" = $1 WHERE "${column}" = $2`, [
            name,
            zone,
          ]);
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "registrations" DROP CONSTRAINT "CHK_registrations_nationality"`,
    );
  }
}
