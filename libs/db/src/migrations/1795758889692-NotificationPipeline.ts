import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationPipeline1795758889692 implements MigrationInterface {
  name = 'NotificationPipeline1795758889692';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "recipient_id" uuid NOT NULL,
                "fire_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "event_id" uuid,
                "data" jsonb NOT NULL DEFAULT '{}'::jsonb,
                "status" text NOT NULL DEFAULT 'scheduled',
                "attempts" integer NOT NULL DEFAULT '0',
                "recipient_email" text,
                "last_error" text,
                "reason" text,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "notifications_key" UNIQUE ("kind", "subject_id", "recipient_id", "fire_at"),
                CONSTRAINT "notifications_status_known" CHECK (
                    "status" IN (
                        'scheduled',
                        'sending',
                        'sent',
                        'failed',
                        'skipped'
                    )
                ),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_11b241222dd146567d15626513" ON "notifications" ("event_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox" (
                "id" BIGSERIAL NOT NULL,
                "queue" text NOT NULL,
                "job_name" text NOT NULL,
                "job_id" text NOT NULL,
                "payload" jsonb NOT NULL,
                "run_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id")
            )
        `);
    // Wakes the worker's relay as soon as outbox rows commit (NOTIFY is delivered on commit).
    await queryRunner.query(`
            CREATE FUNCTION "outbox_wake_relay"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('gofar_outbox', '');
                RETURN NULL;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "outbox_wake_relay" AFTER INSERT ON "outbox"
            FOR EACH STATEMENT EXECUTE FUNCTION "outbox_wake_relay"()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS "outbox_wake_relay" ON "outbox"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS "outbox_wake_relay"()`);
    await queryRunner.query(`
            DROP TABLE "outbox"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_11b241222dd146567d15626513"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
  }
}
