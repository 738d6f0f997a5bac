import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TeamsAndMissions1795762179837 implements MigrationInterface {
  name = 'TeamsAndMissions1795762179837';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "missions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "title" text NOT NULL,
                "description" text,
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "max_score" integer NOT NULL,
                "session_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "missions_max_score_positive" CHECK ("max_score" > 0),
                CONSTRAINT "PK_787aebb1ac5923c9904043c6309" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_857b77dd0c5841097cfd85a607" ON "missions" ("event_id", "due_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "teams" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "name" text NOT NULL,
                "position" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_831bd27d340109a1c456165a40" ON "teams" ("event_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "submissions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "mission_id" uuid NOT NULL,
                "team_id" uuid NOT NULL,
                "submitted_by" uuid NOT NULL,
                "content" text NOT NULL,
                "url" text,
                "superseded_at" TIMESTAMP WITH TIME ZONE,
                "score" integer,
                "feedback" text,
                "scored_by" uuid,
                "scored_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_10b3be95b8b2fb1e482e07d706b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "submissions_one_current" ON "submissions" ("mission_id", "team_id")
            WHERE "superseded_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_8a4dac9d41670e45fbc092da2b" ON "submissions" ("mission_id", "team_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "team_members" (
                "registration_id" uuid NOT NULL,
                "team_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c9f7b9b2379bdfb0919df5c40ea" PRIMARY KEY ("registration_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_248949dc1bb82e105d402c95c1" ON "team_members" ("event_id", "user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fdad7d5768277e60c40e01cdce" ON "team_members" ("team_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ALTER COLUMN "data"
            SET DEFAULT '{}'::jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "missions"
            ADD CONSTRAINT "FK_af00357f41b407533921ed67841" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "teams"
            ADD CONSTRAINT "FK_26d243fdc44c2b67e541b796a81" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions"
            ADD CONSTRAINT "FK_b5e59a56b8cab29216b66559fc0" FOREIGN KEY ("mission_id") REFERENCES "missions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions"
            ADD CONSTRAINT "FK_744e0ddbe7ee244176b7bd1dd44" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "team_members"
            ADD CONSTRAINT "FK_fdad7d5768277e60c40e01cdcea" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "team_members"
            ADD CONSTRAINT "FK_c9f7b9b2379bdfb0919df5c40ea" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "team_members" DROP CONSTRAINT "FK_c9f7b9b2379bdfb0919df5c40ea"
        `);
    await queryRunner.query(`
            ALTER TABLE "team_members" DROP CONSTRAINT "FK_fdad7d5768277e60c40e01cdcea"
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions" DROP CONSTRAINT "FK_744e0ddbe7ee244176b7bd1dd44"
        `);
    await queryRunner.query(`
            ALTER TABLE "submissions" DROP CONSTRAINT "FK_b5e59a56b8cab29216b66559fc0"
        `);
    await queryRunner.query(`
            ALTER TABLE "teams" DROP CONSTRAINT "FK_26d243fdc44c2b67e541b796a81"
        `);
    await queryRunner.query(`
            ALTER TABLE "missions" DROP CONSTRAINT "FK_af00357f41b407533921ed67841"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ALTER COLUMN "data"
            SET DEFAULT '{}'
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fdad7d5768277e60c40e01cdce"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_248949dc1bb82e105d402c95c1"
        `);
    await queryRunner.query(`
            DROP TABLE "team_members"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_8a4dac9d41670e45fbc092da2b"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."submissions_one_current"
        `);
    await queryRunner.query(`
            DROP TABLE "submissions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_831bd27d340109a1c456165a40"
        `);
    await queryRunner.query(`
            DROP TABLE "teams"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_857b77dd0c5841097cfd85a607"
        `);
    await queryRunner.query(`
            DROP TABLE "missions"
        `);
  }
}
