import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Itinerary1795761199329 implements MigrationInterface {
  name = 'Itinerary1795761199329';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "calendar_feeds" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "salt" text NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "calendar_feeds_token_hash" UNIQUE ("token_hash"),
                CONSTRAINT "calendar_feeds_one_per_person_and_event" UNIQUE ("user_id", "event_id"),
                CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "title" text NOT NULL,
                "type" text NOT NULL,
                "description" text,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "timezone" text NOT NULL,
                "end_timezone" text NOT NULL,
                "venue" jsonb,
                "venue_key" text,
                "mandatory" boolean NOT NULL DEFAULT false,
                "sequence" integer NOT NULL DEFAULT '0',
                "status" text NOT NULL DEFAULT 'scheduled',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "sessions_status_known" CHECK ("status" IN ('scheduled', 'cancelled')),
                CONSTRAINT "sessions_ends_after_start" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_20349b393faa0236767a61a5da" ON "sessions" ("event_id", "venue_key")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_651d328eb8d8a1fd3a4441c739" ON "sessions" ("event_id", "status", "starts_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ALTER COLUMN "data"
            SET DEFAULT '{}'::jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "FK_98fcc611bf939573cac8251a2ac" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "FK_98fcc611bf939573cac8251a2ac"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ALTER COLUMN "data"
            SET DEFAULT '{}'
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_651d328eb8d8a1fd3a4441c739"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_20349b393faa0236767a61a5da"
        `);
    await queryRunner.query(`
            DROP TABLE "sessions"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_feeds"
        `);
  }
}
