import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Registrations1795759505986 implements MigrationInterface {
  name = 'Registrations1795759505986';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "registrations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "event_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "status" text NOT NULL,
                "nationality" text NOT NULL,
                "date_of_birth" date NOT NULL,
                "gender" text,
                "dietary_requirements" text array NOT NULL DEFAULT '{}',
                "medical_notes" text,
                "emergency_contact" jsonb NOT NULL,
                "motivation" text,
                "guardian" jsonb,
                "waitlisted_at" TIMESTAMP WITH TIME ZONE,
                "confirmed_at" TIMESTAMP WITH TIME ZONE,
                "cancelled_by" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "registrations_status_known" CHECK (
                    "status" IN (
                        'pending',
                        'confirmed',
                        'waitlisted',
                        'rejected',
                        'cancelled'
                    )
                ),
                CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_450b469523bed94c5c6d923da0" ON "registrations" ("user_id", "seq")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ab995bb146908d49e55c78a973" ON "registrations" ("event_id", "status", "waitlisted_at", "seq")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a39bed2ed4886b9d8c30231704" ON "registrations" ("event_id", "status", "nationality")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "registrations_one_active_per_user" ON "registrations" ("event_id", "user_id")
            WHERE "status" IN ('pending', 'confirmed', 'waitlisted')
        `);
    await queryRunner.query(`
            CREATE TABLE "registration_changes" (
                "id" BIGSERIAL NOT NULL,
                "registration_id" uuid NOT NULL,
                "from_status" text,
                "to_status" text NOT NULL,
                "by_user_id" uuid,
                "reason" text,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_87d0b8a4fc28cd6f336288cf390" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9a0fb932b6eacba8aa49532983" ON "registration_changes" ("registration_id", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "seats_taken" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "waitlist_count" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "pending_count" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ALTER COLUMN "data"
            SET DEFAULT '{}'::jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD CONSTRAINT "events_seats_within_capacity" CHECK (
                    "seats_taken" >= 0
                    AND "seats_taken" <= "capacity"
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD CONSTRAINT "FK_c082d66f7080c743a96c1e91807" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD CONSTRAINT "FK_6aacc9b213fd8c881af6c738ecf" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "registration_changes"
            ADD CONSTRAINT "FK_57b177a5039a4eff101f52a3d18" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "registration_changes" DROP CONSTRAINT "FK_57b177a5039a4eff101f52a3d18"
        `);
    await queryRunner.query(`
            ALTER TABLE "registrations" DROP CONSTRAINT "FK_6aacc9b213fd8c881af6c738ecf"
        `);
    await queryRunner.query(`
            ALTER TABLE "registrations" DROP CONSTRAINT "FK_c082d66f7080c743a96c1e91807"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP CONSTRAINT "events_seats_within_capacity"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ALTER COLUMN "data"
            SET DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "pending_count"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "waitlist_count"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "seats_taken"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9a0fb932b6eacba8aa49532983"
        `);
    await queryRunner.query(`
            DROP TABLE "registration_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."registrations_one_active_per_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a39bed2ed4886b9d8c30231704"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ab995bb146908d49e55c78a973"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_450b469523bed94c5c6d923da0"
        `);
    await queryRunner.query(`
            DROP TABLE "registrations"
        `);
  }
}
