import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795757504441 implements MigrationInterface {
  name = 'InitialSchema1795757504441';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "full_name" text NOT NULL,
                "password_hash" text NOT NULL,
                "is_admin" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"),
                CONSTRAINT "users_email_normalised" CHECK ("email" = lower(btrim("email"))),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "organizations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "title" text NOT NULL,
                "kind" text NOT NULL,
                "description" text,
                "timezone" text NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date NOT NULL,
                "capacity" integer NOT NULL,
                "country_quotas" jsonb NOT NULL DEFAULT '{}'::jsonb,
                "default_country_quota" integer,
                "requires_approval" boolean NOT NULL DEFAULT false,
                "registration_opens_at" TIMESTAMP WITH TIME ZONE,
                "registration_closes_at" TIMESTAMP WITH TIME ZONE,
                "itinerary_visibility" text NOT NULL DEFAULT 'participants',
                "event_reminder_offsets" text array NOT NULL,
                "session_reminder_offsets" text array NOT NULL,
                "mission_reminder_offsets" text array NOT NULL,
                "status" text NOT NULL DEFAULT 'draft',
                "published_at" TIMESTAMP WITH TIME ZONE,
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "events_itinerary_visibility_known" CHECK (
                    "itinerary_visibility" IN ('public', 'participants')
                ),
                CONSTRAINT "events_kind_known" CHECK (
                    "kind" IN (
                        'workshop',
                        'forum',
                        'conference',
                        'seminar',
                        'other'
                    )
                ),
                CONSTRAINT "events_status_known" CHECK ("status" IN ('draft', 'published', 'cancelled')),
                CONSTRAINT "events_default_quota_non_negative" CHECK (
                    "default_country_quota" IS NULL
                    OR "default_country_quota" >= 0
                ),
                CONSTRAINT "events_dates_ordered" CHECK ("ends_on" >= "starts_on"),
                CONSTRAINT "events_capacity_positive" CHECK ("capacity" > 0),
                CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0e1ca5f6c2a5a7a523923f88c6" ON "events" ("status", "starts_on")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_8557ec49101496ab87be666d63" ON "events" ("organization_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "event_staff" (
                "event_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_512abb04fb3a9951f5c581ae100" PRIMARY KEY ("event_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_43774b1303787faac5b3ae85bd" ON "event_staff" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "memberships" (
                "organization_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "memberships_role_known" CHECK ("role" IN ('organizer', 'staff')),
                CONSTRAINT "PK_d43d9c8d18fcd49de0fa44bbd79" PRIMARY KEY ("organization_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7c1e2fdfed4f6838e0c05ae505" ON "memberships" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD CONSTRAINT "FK_8557ec49101496ab87be666d633" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_staff"
            ADD CONSTRAINT "FK_3e0cc23cd947b14e06221268d78" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_staff"
            ADD CONSTRAINT "FK_43774b1303787faac5b3ae85bd7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_e5380c394ec7912046d07b54290" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_e5380c394ec7912046d07b54290"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_staff" DROP CONSTRAINT "FK_43774b1303787faac5b3ae85bd7"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_staff" DROP CONSTRAINT "FK_3e0cc23cd947b14e06221268d78"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP CONSTRAINT "FK_8557ec49101496ab87be666d633"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7c1e2fdfed4f6838e0c05ae505"
        `);
    await queryRunner.query(`
            DROP TABLE "memberships"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_43774b1303787faac5b3ae85bd"
        `);
    await queryRunner.query(`
            DROP TABLE "event_staff"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_8557ec49101496ab87be666d63"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0e1ca5f6c2a5a7a523923f88c6"
        `);
    await queryRunner.query(`
            DROP TABLE "events"
        `);
    await queryRunner.query(`
            DROP TABLE "organizations"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
  }
}
