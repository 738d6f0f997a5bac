import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Travel and airport pickups: one travel record per registration (flights, phone, visa needs,
 * room sharing, passport with its number encrypted), the pickups planned per event and airport
 * with their members, and the planning parameters each event and airport last used (a changed
 * arrival re-plans with them).
 */
export class TravelRecordsAndPickups1795900000400 implements MigrationInterface {
  name = 'TravelRecordsAndPickups1795900000400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "travel_records" (
        "registration_id" uuid NOT NULL,
        "event_id" uuid NOT NULL,
        "phone" text,
        "arrival_mode" text,
        "arrival_flight_number" text,
        "arrival_airport" text,
        "arrives_at" TIMESTAMP WITH TIME ZONE,
        "arrival_timezone" text,
        "arrival_terminal" text,
        "departure_mode" text,
        "departure_flight_number" text,
        "departure_airport" text,
        "departs_at" TIMESTAMP WITH TIME ZONE,
        "departure_timezone" text,
        "departure_terminal" text,
        "visa_needed_for" text array NOT NULL DEFAULT '{}',
        "room_sharing" text,
        "passport_number_encrypted" text,
        "passport_number_key_id" text,
        "passport_issuing_country" text,
        "passport_expires_on" date,
        "full_name_as_in_passport" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "travel_records_arrival_mode_known" CHECK ("arrival_mode" IN ('flight', 'ground', 'none')),
        CONSTRAINT "travel_records_departure_mode_known" CHECK ("departure_mode" IN ('flight', 'ground', 'none')),
        CONSTRAINT "travel_records_room_sharing_known" CHECK ("room_sharing" IN ('female', 'male', 'single')),
        CONSTRAINT "travel_records_arrival_flight_complete" CHECK ("arrival_mode" IS DISTINCT FROM 'flight'
          OR ("arrival_flight_number" IS NOT NULL AND "arrival_airport" IS NOT NULL AND "arrives_at" IS NOT NULL AND "arrival_timezone" IS NOT NULL)),
        CONSTRAINT "travel_records_departure_flight_complete" CHECK ("departure_mode" IS DISTINCT FROM 'flight'
          OR ("departure_flight_number" IS NOT NULL AND "departure_airport" IS NOT NULL AND "departs_at" IS NOT NULL AND "departure_timezone" IS NOT NULL)),
        CONSTRAINT "travel_records_passport_key" CHECK (("passport_number_encrypted" IS NULL) = ("passport_number_key_id" IS NULL)),
        CONSTRAINT "travel_records_passport_country" CHECK ("passport_issuing_country" ~ '^[A-Z]{2}$'),
        CONSTRAINT "PK_travel_records" PRIMARY KEY ("registration_id"),
        CONSTRAINT "FK_travel_records_registration" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_travel_records_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "travel_records_arrivals" ON "travel_records" ("event_id", "arrival_airport", "arrives_at")`,
    );

    await queryRunner.query(`
      CREATE TABLE "airport_pickups" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "event_id" uuid NOT NULL,
        "airport" text NOT NULL,
        "timezone" text NOT NULL,
        "meet_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "note" text,
        "locked" boolean NOT NULL DEFAULT false,
        "staff_ids" uuid array NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_airport_pickups" PRIMARY KEY ("id"),
        CONSTRAINT "FK_airport_pickups_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "airport_pickups_by_event" ON "airport_pickups" ("event_id", "airport", "meet_at")`,
    );

    await queryRunner.query(`
      CREATE TABLE "pickup_members" (
        "registration_id" uuid NOT NULL,
        "pickup_id" uuid NOT NULL,
        "event_id" uuid NOT NULL,
        "planned_arrives_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_pickup_members" PRIMARY KEY ("registration_id"),
        CONSTRAINT "FK_pickup_members_pickup" FOREIGN KEY ("pickup_id") REFERENCES "airport_pickups"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_pickup_members_registration" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "pickup_members_by_pickup" ON "pickup_members" ("pickup_id")`,
    );

    await queryRunner.query(`
      CREATE TABLE "pickup_plans" (
        "event_id" uuid NOT NULL,
        "airport" text NOT NULL,
        "window_minutes" integer NOT NULL,
        "buffer_minutes" integer NOT NULL,
        "max_group_size" integer,
        "planned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pickup_plans_window_positive" CHECK ("window_minutes" >= 0),
        CONSTRAINT "pickup_plans_buffer_positive" CHECK ("buffer_minutes" >= 0),
        CONSTRAINT "pickup_plans_group_size_positive" CHECK ("max_group_size" IS NULL OR "max_group_size" > 0),
        CONSTRAINT "PK_pickup_plans" PRIMARY KEY ("event_id", "airport"),
        CONSTRAINT "FK_pickup_plans_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "pickup_plans"`);
    await queryRunner.query(`DROP TABLE "pickup_members"`);
    await queryRunner.query(`DROP TABLE "airport_pickups"`);
    await queryRunner.query(`DROP TABLE "travel_records"`);
  }
}
