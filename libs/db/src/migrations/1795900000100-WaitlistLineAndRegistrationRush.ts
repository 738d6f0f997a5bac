import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The waiting list's order is a per-event line number, taken from the event row when a
 * registration is placed in line (`registrations_take_waitlist_line`, a trigger, so that every
 * writer gets one). The event row is locked by then, so numbers rise in the order people were
 * placed, whatever the transaction's start time: the old key, `waitlisted_at` (the transaction's
 * `now()`), let a transaction that began earlier but committed later jump ahead of people already
 * told their place. Ties are impossible (a unique index).
 */
export class WaitlistLineAndRegistrationRush1795900000100 implements MigrationInterface {
  name = 'WaitlistLineAndRegistrationRush1795900000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "events" ADD "waitlist_line_last" bigint NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(`ALTER TABLE "registrations" ADD "waitlist_line" bigint`);
    // Today's waiting lists keep their order (the old key), numbered 1..n per event.
    await queryRunner.query(
      `UPDATE "registrations" r SET "waitlist_line" = ranked.line
         FROM (SELECT id, row_number() OVER (PARTITION BY event_id ORDER BY waitlisted_at, seq) AS line
                 FROM "registrations" WHERE status = 'waitlisted') ranked
        WHERE r.id = ranked.id`,
    );
    await queryRunner.query(
      `UPDATE "events" e SET "waitlist_line_last" = lines.last
         FROM (SELECT event_id, max(waitlist_line) AS last FROM "registrations"
                WHERE waitlist_line IS NOT NULL GROUP BY event_id) lines
        WHERE e.id = lines.event_id`,
    );
    await queryRunner.query(`DROP INDEX "IDX_ab995bb146908d49e55c78a973"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "registrations_waitlist_line" ON "registrations" ("event_id", "waitlist_line")
         WHERE "waitlist_line" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "registrations_waitlist_order" ON "registrations" ("event_id", "status", "waitlist_line")
         WHERE "waitlist_line" IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "registrations_take_waitlist_line"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'waitlisted' AND (TG_OP = 'INSERT' OR OLD.status <> 'waitlisted') THEN
          -- Locks the event row (if the caller has not already): the next number is ours alone.
          UPDATE events SET waitlist_line_last = waitlist_line_last + 1
           WHERE id = NEW.event_id RETURNING waitlist_line_last INTO NEW.waitlist_line;
          NEW.waitlisted_at := clock_timestamp();
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "registrations_take_waitlist_line"
      BEFORE INSERT OR UPDATE OF "status" ON "registrations"
      FOR EACH ROW EXECUTE FUNCTION "registrations_take_waitlist_line"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "registrations_take_waitlist_line" ON "registrations"`);
    await queryRunner.query(`DROP FUNCTION "registrations_take_waitlist_line"()`);
    await queryRunner.query(`DROP INDEX "registrations_waitlist_order"`);
    await queryRunner.query(`DROP INDEX "registrations_waitlist_line"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_ab995bb146908d49e55c78a973" ON "registrations" ("event_id", "status", "waitlisted_at", "seq")`,
    );
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "waitlist_line"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "waitlist_line_last"`);
  }
}
