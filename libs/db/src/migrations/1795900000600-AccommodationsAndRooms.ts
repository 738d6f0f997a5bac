import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accommodation: an event's hotels and dormitories with their stay dates, their rooms and beds,
 * and who sleeps in which room (one room per person and accommodation).
 */
export class AccommodationsAndRooms1795900000600 implements MigrationInterface {
  name = 'AccommodationsAndRooms1795900000600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "accommodations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "event_id" uuid NOT NULL,
        "name" text NOT NULL,
        "city" text NOT NULL,
        "address" text,
        "timezone" text NOT NULL,
        "check_in_on" date NOT NULL,
        "check_out_on" date NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "accommodations_stay_dates" CHECK ("check_out_on" > "check_in_on"),
        CONSTRAINT "PK_accommodations" PRIMARY KEY ("id"),
        CONSTRAINT "FK_accommodations_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "accommodations_event" ON "accommodations" ("event_id", "check_in_on")`,
    );
    await queryRunner.query(`
      CREATE TABLE "rooms" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "accommodation_id" uuid NOT NULL,
        "label" text NOT NULL,
        "beds" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "rooms_beds_positive" CHECK ("beds" BETWEEN 1 AND 50),
        CONSTRAINT "rooms_label_per_accommodation" UNIQUE ("accommodation_id", "label"),
        CONSTRAINT "PK_rooms" PRIMARY KEY ("id"),
        CONSTRAINT "FK_rooms_accommodation" FOREIGN KEY ("accommodation_id") REFERENCES "accommodations"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "room_occupants" (
        "accommodation_id" uuid NOT NULL,
        "registration_id" uuid NOT NULL,
        "room_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_room_occupants" PRIMARY KEY ("accommodation_id", "registration_id"),
        CONSTRAINT "FK_room_occupants_accommodation" FOREIGN KEY ("accommodation_id") REFERENCES "accommodations"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_room_occupants_room" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_room_occupants_registration" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`CREATE INDEX "room_occupants_room" ON "room_occupants" ("room_id")`);
    await queryRunner.query(
      `CREATE INDEX "room_occupants_registration" ON "room_occupants" ("registration_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "room_occupants"`);
    await queryRunner.query(`DROP TABLE "rooms"`);
    await queryRunner.query(`DROP TABLE "accommodations"`);
  }
}
