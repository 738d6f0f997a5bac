import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browser sessions (revocable, only a hash of their secret stored), the token version that
 * revokes earlier tokens and sessions, link tokens for verifying an address and resetting a
 * password, the user's verified address, language and zone, and the events that accept
 * registrations from verified addresses only. Accounts that exist already count as verified.
 */
export class BrowserSessionsAndAccountLifecycle1795800000000 implements MigrationInterface {
  name = 'BrowserSessionsAndAccountLifecycle1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users"
                ADD "email_verified_at" TIMESTAMP WITH TIME ZONE,
                ADD "locale" text NOT NULL DEFAULT 'en',
                ADD "timezone" text,
                ADD "token_version" integer NOT NULL DEFAULT 0,
                ADD CONSTRAINT "users_locale_supported" CHECK ("locale" IN ('en', 'ko', 'vi', 'th', 'id'))
        `);
    await queryRunner.query(
      `UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email_verified_at" IS NULL`,
    );
    await queryRunner.query(`
            CREATE TABLE "browser_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "secret_hash" text NOT NULL,
                "token_version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_browser_sessions" PRIMARY KEY ("id"),
                CONSTRAINT "FK_af244312d727c5b958dcce323a8" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "IDX_af244312d727c5b958dcce323a" ON "browser_sessions" ("user_id")`,
    );
    await queryRunner.query(`
            CREATE TABLE "account_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "voided_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_account_tokens" PRIMARY KEY ("id"),
                CONSTRAINT "UQ_account_tokens_token_hash" UNIQUE ("token_hash"),
                CONSTRAINT "account_tokens_kind_known" CHECK ("kind" IN ('email_verification', 'password_reset')),
                CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "IDX_92fd2ab27d8da6effaf834f626" ON "account_tokens" ("user_id", "kind")`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD "require_verified_email" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "require_verified_email"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
    await queryRunner.query(`DROP TABLE "browser_sessions"`);
    await queryRunner.query(`
            ALTER TABLE "users"
                DROP CONSTRAINT "users_locale_supported",
                DROP COLUMN "token_version",
                DROP COLUMN "timezone",
                DROP COLUMN "locale",
                DROP COLUMN "email_verified_at"
        `);
  }
}
