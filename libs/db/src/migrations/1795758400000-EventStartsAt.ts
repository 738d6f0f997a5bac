import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stores each event's programme start, backfilled as midnight of startsOn in its zone. */
export class EventStartsAt1795758400000 implements MigrationInterface {
  name = 'EventStartsAt1795758400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" ADD "starts_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "events" SET "starts_at" = ("starts_on"::timestamp AT TIME ZONE "timezone")`,
    );
    await queryRunner.query(`ALTER TABLE "events" ALTER COLUMN "starts_at" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "starts_at"`);
  }
}
