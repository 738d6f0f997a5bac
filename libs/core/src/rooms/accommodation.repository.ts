import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Gender } from '../registrations/registration-status.js';
import type { RoomSharing } from '../travel/travel-record.entity.js';
import { Accommodation } from './accommodation.entity.js';
import { RoomOccupant } from './room-occupant.entity.js';
import { Room } from './room.entity.js';

/** A confirmed registration with what rooming needs: names, age, sharing kind. */
export interface RoomingRow {
  registrationId: string;
  userId: string;
  fullName: string;
  fullNameAsInPassport: string | null;
  nationality: string;
  dateOfBirth: string;
  gender: Gender | null;
  roomSharing: RoomSharing | null;
}

/** An occupant row: the room and the person. */
export interface OccupantRow extends RoomingRow {
  roomId: string;
}

const ROOMING_COLUMNS = `r.id AS "registrationId", r.user_id AS "userId", u.full_name AS "fullName",
  t.full_name_as_in_passport AS "fullNameAsInPassport", r.nationality,
  to_char(r.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", r.gender, t.room_sharing AS "roomSharing"`;

/** The SQL of accommodations, their rooms and occupants; the rules stay in AccommodationService. */
@Injectable()
export class AccommodationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  createAccommodation(
    manager: EntityManager,
    accommodation: Omit<Accommodation, 'id' | 'createdAt' | 'event'>,
  ): Promise<Accommodation> {
    return manager.save(Accommodation, manager.create(Accommodation, accommodation));
  }

  findAccommodation(id: string, manager?: EntityManager): Promise<Accommodation | null> {
    return this.db(manager).findOneBy(Accommodation, { id });
  }

  /** Locks the accommodation's row: its rooms change one request at a time. */
  async lockAccommodation(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT id FROM accommodations WHERE id = $1 FOR UPDATE', [id]);
  }

  forEvent(eventId: string, manager?: EntityManager): Promise<Accommodation[]> {
    return this.db(manager).find(Accommodation, {
      where: { eventId },
      order: { checkInOn: 'ASC', name: 'ASC', id: 'ASC' },
    });
  }

  /** Inserts a room; null when the accommodation has a room of that label already. */
  async insertRoom(
    manager: EntityManager,
    room: Pick<Room, 'accommodationId' | 'label' | 'beds'>,
  ): Promise<Room | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Room)
      .values(room)
      .orIgnore()
      .returning('*')
      .execute();
    const [row] = result.raw as { id: string }[];
    return row ? manager.findOneByOrFail(Room, { id: row.id }) : null;
  }

  findRoom(id: string, manager?: EntityManager): Promise<Room | null> {
    return this.db(manager).findOneBy(Room, { id });
  }

  /** Rooms of accommodations, in label order (numbers as numbers: 2 before 10). */
  roomsOf(accommodationIds: string[], manager?: EntityManager): Promise<Room[]> {
    if (!accommodationIds.length) return Promise.resolve([]);
    return this.db(manager)
      .createQueryBuilder(Room, 'room')
      .where('room.accommodation_id = ANY(:ids)', { ids: accommodationIds })
      .orderBy('room.accommodation_id')
      .addOrderBy('length(room.label)')
      .addOrderBy('room.label')
      .addOrderBy('room.id')
      .getMany();
  }

  /** Occupants of accommodations with their names, by name. */
  occupantsOf(accommodationIds: string[], manager?: EntityManager): Promise<OccupantRow[]> {
    if (!accommodationIds.length) return Promise.resolve([]);
    return this.db(manager).query(
      `SELECT o.room_id AS "roomId", ${ROOMING_COLUMNS}
         FROM room_occupants o
         JOIN registrations r ON r.id = o.registration_id
         JOIN users u ON u.id = r.user_id
         LEFT JOIN travel_records t ON t.registration_id = r.id
        WHERE o.accommodation_id = ANY($1::uuid[])
        ORDER BY u.full_name, r.id`,
      [accommodationIds],
    );
  }

  /**
   * The event's confirmed registrations (or those of them listed), locked `FOR SHARE` so a
   * cancellation cannot slip between this read and the rooms written from it.
   */
  confirmedForRooming(
    manager: EntityManager,
    eventId: string,
    registrationIds?: string[],
  ): Promise<RoomingRow[]> {
    return manager.query(
      `SELECT ${ROOMING_COLUMNS}
         FROM registrations r
         JOIN users u ON u.id = r.user_id
         LEFT JOIN travel_records t ON t.registration_id = r.id
        WHERE r.event_id = $1 AND r.status = 'confirmed'
          AND ($2::uuid[] IS NULL OR r.id = ANY($2::uuid[]))
        ORDER BY r.id
        FOR SHARE OF r`,
      [eventId, registrationIds ?? null],
    );
  }

  /** The event's confirmed registrations that have no room in this accommodation. */
  unassigned(accommodation: Accommodation, manager?: EntityManager): Promise<RoomingRow[]> {
    return this.db(manager).query(
      `SELECT ${ROOMING_COLUMNS}
         FROM registrations r
         JOIN users u ON u.id = r.user_id
         LEFT JOIN travel_records t ON t.registration_id = r.id
        WHERE r.event_id = $1 AND r.status = 'confirmed'
          AND NOT EXISTS (SELECT 1 FROM room_occupants o
                           WHERE o.accommodation_id = $2 AND o.registration_id = r.id)
        ORDER BY u.full_name, r.id`,
      [accommodation.eventId, accommodation.id],
    );
  }

  async clearOccupants(manager: EntityManager, accommodationId: string): Promise<void> {
    await manager.delete(RoomOccupant, { accommodationId });
  }

  async insertOccupants(
    manager: EntityManager,
    occupants: Pick<RoomOccupant, 'accommodationId' | 'registrationId' | 'roomId'>[],
  ): Promise<void> {
    // In slices: one statement's parameters stay well under PostgreSQL's limit.
    for (let start = 0; start < occupants.length; start += 1000)
      await manager.insert(RoomOccupant, occupants.slice(start, start + 1000));
  }

  /** Puts a registration in a room of the accommodation, moving it out of any other. */
  async placeOccupant(
    manager: EntityManager,
    occupant: Pick<RoomOccupant, 'accommodationId' | 'registrationId' | 'roomId'>,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO room_occupants (accommodation_id, registration_id, room_id) VALUES ($1, $2, $3)
       ON CONFLICT (accommodation_id, registration_id) DO UPDATE SET room_id = EXCLUDED.room_id, created_at = now()`,
      [occupant.accommodationId, occupant.registrationId, occupant.roomId],
    );
  }

  /** Removes one occupant from one room; false when they were not in it. */
  async removeOccupant(roomId: string, registrationId: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(RoomOccupant, { roomId, registrationId });
    return Boolean(result.affected);
  }

  /** A user's rooms in an event's accommodations, with the roommates. */
  staysOf(
    userId: string,
    eventId: string,
    manager?: EntityManager,
  ): Promise<
    {
      accommodationId: string;
      roomId: string;
      label: string;
    }[]
  > {
    return this.db(manager).query(
      `SELECT o.accommodation_id AS "accommodationId", o.room_id AS "roomId", room.label
         FROM room_occupants o
         JOIN registrations r ON r.id = o.registration_id
         JOIN rooms room ON room.id = o.room_id
        WHERE r.user_id = $1 AND r.event_id = $2 AND r.status = 'confirmed'`,
      [userId, eventId],
    );
  }
}
