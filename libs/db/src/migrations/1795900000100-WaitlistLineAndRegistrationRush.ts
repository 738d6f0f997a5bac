import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The waiting list's order is a per-event line number, taken from the event row when a
 * registration is placed in line (`registrations_take_waitlist_line`, a trigger, so that every
 * writer gets one). The event row is locked by then, so numbers rise in the order people were
 * placed, whatever the transaction's start time: the old key, `waitlisted_at` (the transaction's
 * `now()`), let a transaction that began earlier but committed later jump ahead of people already
 * told their place. Ties are impossible (a unique index).
 */
/**
 * A registration in one round trip, under the event's row lock: seat and quota decided, the
 * registration, the event's counters, its history, the participant's and the staff's emails
 * (notifications and their outbox rows) and the reminder re-plan written, its waiting-list place
 * counted. PL/pgSQL on purpose: in READ COMMITTED each statement of a volatile function takes a
 * new snapshot, so the quota count made after the lock sees every registration committed before
 * it (one plain SQL statement would count from a snapshot taken before waiting for the lock).
 * Returns null when the event's rules changed since the caller checked them (it then takes the
 * long way); a second active registration of the user fails on the unique index (23505).
 */
const REGISTER_FUNCTION = `
  CREATE FUNCTION "gofar_register"(
    p_id uuid, p_event_id uuid, p_user_id uuid, p_rules text,
    p_nationality text, p_date_of_birth date, p_gender text, p_dietary_requirements text[],
    p_medical_notes text, p_emergency_contact jsonb, p_motivation text, p_guardian jsonb,
    p_now timestamptz, p_delivery_queue text, p_delivery_job text,
    p_plan_queue text, p_plan_job text, p_plan_job_id text, p_plan_payload jsonb
  ) RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
  DECLARE
    ev events%ROWTYPE;
    reg registrations%ROWTYPE;
    v_status text;
    v_quota integer;
    v_kind text;
    v_position bigint;
  BEGIN
    SELECT * INTO ev FROM events WHERE events.id = p_event_id FOR UPDATE;
    IF NOT FOUND OR gofar_registration_rules(ev) IS DISTINCT FROM p_rules THEN
      RETURN NULL;
    END IF;

    IF ev.requires_approval THEN
      v_status := 'pending';
    ELSE
      v_quota := coalesce((ev.country_quotas ->> p_nationality)::integer, ev.default_country_quota);
      IF ev.seats_taken < ev.capacity AND (v_quota IS NULL OR (
           SELECT count(*) FROM registrations r
            WHERE r.event_id = p_event_id AND r.status = 'confirmed' AND r.nationality = p_nationality
         ) < v_quota) THEN
        v_status := 'confirmed';
      ELSE
        v_status := 'waitlisted';
      END IF;
    END IF;

    INSERT INTO registrations (id, event_id, user_id, status, nationality, date_of_birth, gender,
        dietary_requirements, medical_notes, emergency_contact, motivation, guardian, confirmed_at)
      VALUES (p_id, p_event_id, p_user_id, v_status, p_nationality, p_date_of_birth, p_gender,
        p_dietary_requirements, p_medical_notes, p_emergency_contact, p_motivation, p_guardian,
        CASE WHEN v_status = 'confirmed' THEN p_now END)
      RETURNING * INTO reg;

    UPDATE events SET
        seats_taken = seats_taken + (v_status = 'confirmed')::integer,
        waitlist_count = waitlist_count + (v_status = 'waitlisted')::integer,
        pending_count = pending_count + (v_status = 'pending')::integer,
        updated_at = now()
      WHERE events.id = p_event_id;

    INSERT INTO registration_changes (registration_id, from_status, to_status, by_user_id, reason)
      VALUES (p_id, NULL, v_status, p_user_id, 'registered');

    -- The participant's email and one per staff member, keyed as the notification scheduler
    -- keys them (the job id is <kind>-<subject>-<recipient>-<fire time in ms>).
    v_kind := CASE v_status WHEN 'pending' THEN 'registration_received'
                            WHEN 'confirmed' THEN 'registration_confirmed'
                            ELSE 'registration_waitlisted' END;
    WITH wanted AS (
      SELECT v_kind AS kind, p_user_id AS recipient_id
      UNION ALL
      SELECT 'staff_registration', s.user_id FROM event_staff s WHERE s.event_id = p_event_id
    ), planned AS (
      INSERT INTO notifications (kind, subject_id, recipient_id, fire_at, event_id, data, status)
      SELECT w.kind, p_id, w.recipient_id, p_now, p_event_id, '{}'::jsonb, 'scheduled' FROM wanted w
      ON CONFLICT ON CONSTRAINT notifications_key DO NOTHING
      RETURNING notifications.id, notifications.kind, notifications.recipient_id
    )
    INSERT INTO outbox (queue, job_name, job_id, payload, run_at)
    SELECT p_delivery_queue, p_delivery_job,
           concat_ws('-', planned.kind, p_id, planned.recipient_id,
                     (extract(epoch FROM p_now) * 1000)::bigint),
           jsonb_build_object('notificationId', planned.id), p_now
      FROM planned;

    -- Reminders follow the person into the confirmed list.
    IF v_status = 'confirmed' THEN
      INSERT INTO outbox (queue, job_name, job_id, payload, run_at)
        VALUES (p_plan_queue, p_plan_job, p_plan_job_id, p_plan_payload, p_now);
    END IF;

    IF v_status = 'waitlisted' THEN
      SELECT count(*) + 1 INTO v_position FROM registrations o
       WHERE o.event_id = p_event_id AND o.status = 'waitlisted'
         AND o.waitlist_line < reg.waitlist_line;
    END IF;

    RETURN to_jsonb(reg) || jsonb_build_object('waitlist_position', v_position);
  END
  $$`;

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

    // What the registration rules read on the event (window, approval, quotas, dates): the API
    // checks them on a plain read, then `gofar_register` re-reads the row under its lock and
    // goes on only if this digest has not changed meanwhile.
    await queryRunner.query(`
      CREATE FUNCTION "gofar_registration_rules"(e "events") RETURNS text
        LANGUAGE sql STABLE
        AS $$ SELECT md5(row(e.status, e.requires_approval, e.require_verified_email,
                             e.registration_opens_at, e.registration_closes_at, e.published_at,
                             e.starts_at, e.starts_on, e.country_quotas, e.default_country_quota)::text) $$`);
    await queryRunner.query(REGISTER_FUNCTION);

    // The outbox relay polls with an adaptive interval instead: a NOTIFY in every transaction
    // that writes the outbox made PostgreSQL serialise their commits.
    await queryRunner.query(`DROP TRIGGER IF EXISTS "outbox_wake_relay" ON "outbox"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS "outbox_wake_relay"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "outbox_wake_relay"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('gofar_outbox', '');
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "outbox_wake_relay" AFTER INSERT ON "outbox"
      FOR EACH STATEMENT EXECUTE FUNCTION "outbox_wake_relay"()`);
    await queryRunner.query(
      `DROP FUNCTION "gofar_register"(uuid, uuid, uuid, text, text, date, text, text[], text, jsonb, text, jsonb, timestamptz, text, text, text, text, text, jsonb)`,
    );
    await queryRunner.query(`DROP FUNCTION "gofar_registration_rules"("events")`);
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
