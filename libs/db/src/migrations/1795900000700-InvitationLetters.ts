import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Visa invitation letters: who signs them and who covers which costs (per event), and the
 * letters themselves, each with its public reference and an encrypted snapshot of what it
 * says. At most one current (not superseded) letter per registration and country.
 */
export class InvitationLetters1795900000700 implements MigrationInterface {
  name = 'InvitationLetters1795900000700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" ADD "letter_signatory" jsonb`);
    await queryRunner.query(`ALTER TABLE "events" ADD "letter_costs_covered_by" text`);
    await queryRunner.query(`
      CREATE TABLE "invitation_letters" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "reference" text NOT NULL,
        "registration_id" uuid NOT NULL,
        "event_id" uuid NOT NULL,
        "country" text NOT NULL,
        "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "issued_by" uuid,
        "superseded_at" TIMESTAMP WITH TIME ZONE,
        "snapshot_encrypted" text,
        "snapshot_key_id" text,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "revoked_reason" text,
        CONSTRAINT "invitation_letters_reference_format" CHECK ("reference" ~ '^GF-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$'),
        CONSTRAINT "invitation_letters_country" CHECK ("country" ~ '^[A-Z]{2}$'),
        CONSTRAINT "invitation_letters_snapshot_key" CHECK (("snapshot_encrypted" IS NULL) = ("snapshot_key_id" IS NULL)),
        CONSTRAINT "invitation_letters_revoked_reason_known" CHECK ("revoked_reason" IN ('account_erased', 'retention')),
        CONSTRAINT "PK_invitation_letters" PRIMARY KEY ("id"),
        CONSTRAINT "invitation_letters_reference_unique" UNIQUE ("reference"),
        CONSTRAINT "FK_invitation_letters_registration" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_invitation_letters_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "invitation_letters_one_current" ON "invitation_letters" ("registration_id", "country") WHERE "superseded_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "invitation_letters_by_event" ON "invitation_letters" ("event_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "invitation_letters"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "letter_costs_covered_by"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "letter_signatory"`);
  }
}
