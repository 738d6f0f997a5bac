import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the lists at scale (10,000 events, a million registrations) and what the
 * reminder reconciliation needs to look only at what changed or is about to fire:
 * - the keyset orders of the lists: events by (starts_on, id), an event's registrations by seq
 *   (with or without a status), an event's delivery log by (fire_at, id);
 * - the reminders still to send by fire time, and deliveries stuck `sending`;
 * - the change times the reconciliation compares with its mark (sessions, missions, the
 *   registration history; BRIN on the append-only history costs next to nothing per insert),
 *   and `events.reminders_changed_at`, set by the event changes that ask for a re-plan: not
 *   `updated_at`, which every registration moves with the counters (an index on it would make
 *   each of those updates write every index of the table);
 * - when an event's first reminder may fire (its start less its longest event or session
 *   offset), the longest mission offset of published events, and published events by their
 *   last day;
 * - `reminder_reconciliation`: up to when changes have been re-planned;
 * Indexes are created only if missing, so that a large install can build them beforehand with
 * `CREATE INDEX CONCURRENTLY` under the same names (see docs/operations.md).
 * - `gofar_reminder_lead(offsets)`: the longest of some ISO reminder offsets as an interval,
 *   bounded to 367 days (the API accepts at most 366), and 367 days for any form it does not
 *   read, so a strange offset stored long ago makes an event look nearer, never farther.
 */
export class ScaleIndexesAndReconciliationMark1795900000300 implements MigrationInterface {
  name = 'ScaleIndexesAndReconciliationMark1795900000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "events_list_order" ON "events" ("starts_on", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "registrations_event_seq" ON "registrations" ("event_id", "seq")`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "registrations_event_status_seq" ON "registrations" ("event_id", "status", "seq")`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "notifications_event_fire_at" ON "notifications" ("event_id", "fire_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "notifications_scheduled_fire_at" ON "notifications" ("fire_at") WHERE "status" = 'scheduled'`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "notifications_sending_since" ON "notifications" ("updated_at") WHERE "status" = 'sending'`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "missions_due_at" ON "missions" ("due_at")`,
    );
    await queryRunner.query(`ALTER TABLE "events" ADD "reminders_changed_at" timestamptz`);
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "events_reminders_changed_at" ON "events" ("reminders_changed_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "events_published_ends_on" ON "events" ("ends_on") WHERE "status" = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "sessions_updated_at" ON "sessions" ("updated_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "missions_created_at" ON "missions" ("created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "registration_changes_at" ON "registration_changes" USING brin ("at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "reminder_reconciliation" (
         "id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
         "changes_seen_until" timestamptz NOT NULL)`,
    );
    // Days count as 24 hours here (the lead is made of seconds only), so that the result does
    // not depend on the session's time zone and the functions may be IMMUTABLE; the callers
    // leave a margin for the hour a daylight-saving change can add.
    await queryRunner.query(
      `CREATE FUNCTION public.gofar_reminder_lead(offsets text[]) RETURNS interval
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$
           SELECT COALESCE(max(CASE
             WHEN o ~ '^P(\\d{1,4}W)?(\\d{1,5}D)?(T(\\d{1,6}H)?(\\d{1,8}M)?(\\d{1,9}(\\.\\d+)?S)?)?$' AND o !~ '^PT?$'
               THEN LEAST(extract(epoch FROM o::interval), 367 * 86400)
             ELSE 367 * 86400 END), 0) * interval '1 second'
           FROM unnest(offsets) AS o
         $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION public.gofar_reminders_from(starts_at timestamptz, offsets text[]) RETURNS timestamptz
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$ SELECT starts_at - public.gofar_reminder_lead(offsets) $$`,
    );
    // Not partial: the planner keeps statistics of an index expression only for whole-table indexes.
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "events_reminders_from" ON "events"
         (public.gofar_reminders_from("starts_at", "event_reminder_offsets" || "session_reminder_offsets"))`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "events_mission_reminder_lead" ON "events"
         (public.gofar_reminder_lead("mission_reminder_offsets")) WHERE "status" = 'published'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "events_mission_reminder_lead"`);
    await queryRunner.query(`DROP INDEX "events_reminders_from"`);
    await queryRunner.query(`DROP FUNCTION public.gofar_reminders_from(timestamptz, text[])`);
    await queryRunner.query(`DROP FUNCTION public.gofar_reminder_lead(text[])`);
    await queryRunner.query(`DROP TABLE "reminder_reconciliation"`);
    for (const index of [
      'registration_changes_at',
      'missions_created_at',
      'missions_due_at',
      'events_reminders_changed_at',
      'events_published_ends_on',
      'sessions_updated_at',
      'notifications_sending_since',
      'notifications_scheduled_fire_at',
      'notifications_event_fire_at',
      'registrations_event_status_seq',
      'registrations_event_seq',
      'events_list_order',
    ])
      await queryRunner.query(`DROP INDEX "${index}"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "reminders_changed_at"`);
  }
}
