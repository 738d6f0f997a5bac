import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../common/index.js';
import { AirportPickup } from './airport-pickup.entity.js';
import { PickupMember } from './pickup-member.entity.js';
import { PickupPlan } from './pickup-plan.entity.js';

/** A confirmed participant arriving by flight at an airport, as grouping reads them. */
export interface ArrivalRow {
  registration_id: string;
  user_id: string;
  arrives_at: Date;
}

/** A participant of a pickup with what the staff's manifest shows. */
export interface ManifestRow {
  pickup_id: string;
  registration_id: string;
  full_name: string;
  flight_number: string | null;
  arrives_at: Date | null;
  arrival_airport: string | null;
  arrival_mode: string | null;
  planned_arrives_at: Date;
  phone: string | null;
}

/** The SQL of pickups: their rows, members and remembered parameters. */
@Injectable()
export class PickupRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Plans of one event and airport apply one at a time (a PUT, a plan, a departure). */
  async lockAirport(manager: EntityManager, eventId: string, airport: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `gofar-pickups:${eventId}:${airport}`,
    ]);
  }

  plan(manager: EntityManager, eventId: string, airport: string): Promise<PickupPlan | null> {
    return manager.findOneBy(PickupPlan, { eventId, airport });
  }

  async savePlan(manager: EntityManager, plan: Omit<PickupPlan, 'plannedAt'>): Promise<void> {
    await manager.upsert(PickupPlan, { ...plan, plannedAt: new Date() }, ['eventId', 'airport']);
  }

  /** Confirmed participants whose travel record says they land at `airport` by flight. */
  arrivals(manager: EntityManager, eventId: string, airport: string): Promise<ArrivalRow[]> {
    return manager.query(
      `SELECT t.registration_id, r.user_id, t.arrives_at
         FROM travel_records t JOIN registrations r ON r.id = t.registration_id
        WHERE t.event_id = $1 AND r.status = 'confirmed' AND t.arrival_mode = 'flight'
          AND t.arrival_airport = $2 AND t.arrives_at IS NOT NULL`,
      [eventId, airport],
    );
  }

  pickupsAt(manager: EntityManager, eventId: string, airport: string): Promise<AirportPickup[]> {
    return manager.find(AirportPickup, {
      where: { eventId, airport },
      order: { meetAt: 'ASC', id: 'ASC' },
    });
  }

  findById(id: string, manager: EntityManager = this.manager): Promise<AirportPickup | null> {
    return manager.findOneBy(AirportPickup, { id });
  }

  membersOf(manager: EntityManager, pickupIds: string[]): Promise<PickupMember[]> {
    if (!pickupIds.length) return Promise.resolve([]);
    return manager
      .createQueryBuilder(PickupMember, 'm')
      .where('m.pickupId IN (:...pickupIds)', { pickupIds })
      .getMany();
  }

  /** Puts participants in pickups, in one statement whatever their number. */
  async insertMembers(
    manager: EntityManager,
    members: Pick<PickupMember, 'registrationId' | 'pickupId' | 'eventId' | 'plannedArrivesAt'>[],
  ): Promise<void> {
    if (!members.length) return;
    await manager.query(
      `INSERT INTO pickup_members (registration_id, pickup_id, event_id, planned_arrives_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[])`,
      [
        members.map((member) => member.registrationId),
        members.map((member) => member.pickupId),
        members.map((member) => member.eventId),
        members.map((member) => member.plannedArrivesAt),
      ],
    );
  }

  /** The user ids of a pickup's confirmed participants. */
  async participantUserIds(manager: EntityManager, pickupId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT r.user_id FROM pickup_members m JOIN registrations r ON r.id = m.registration_id
        WHERE m.pickup_id = $1 AND r.status = 'confirmed' ORDER BY r.user_id`,
      [pickupId],
    );
    return rows.map((row) => row.user_id);
  }

  /** Takes out of every pickup of the event the registrations no longer confirmed; returns their airports. */
  async removeUnconfirmed(manager: EntityManager, eventId: string): Promise<string[]> {
    const rows: { airport: string }[] = await manager.query(
      `WITH gone AS (
         DELETE FROM pickup_members m USING registrations r
          WHERE m.event_id = $1 AND r.id = m.registration_id AND r.status <> 'confirmed'
          RETURNING m.pickup_id)
       SELECT DISTINCT p.airport FROM gone JOIN airport_pickups p ON p.id = gone.pickup_id`,
      [eventId],
    );
    return rows.map((row) => row.airport);
  }

  /** The airports of the event's pickups and plans that these registrations arrive at or are grouped at. */
  async airportsOf(
    manager: EntityManager,
    eventId: string,
    registrationIds: string[],
  ): Promise<string[]> {
    const rows: { airport: string }[] = await manager.query(
      `SELECT p.airport FROM pickup_members m JOIN airport_pickups p ON p.id = m.pickup_id
        WHERE m.event_id = $1 AND m.registration_id = ANY($2::uuid[])
       UNION
       SELECT t.arrival_airport FROM travel_records t
        WHERE t.event_id = $1 AND t.registration_id = ANY($2::uuid[]) AND t.arrival_airport IS NOT NULL`,
      [eventId, registrationIds],
    );
    return rows.map((row) => row.airport);
  }

  /** The manifest of pickups: participants with names, flights and phones, and their planned arrival. */
  manifest(pickupIds: string[]): Promise<ManifestRow[]> {
    if (!pickupIds.length) return Promise.resolve([]);
    return this.manager.query(
      `SELECT m.pickup_id, m.registration_id, u.full_name, t.arrival_flight_number AS flight_number,
              t.arrives_at, t.arrival_airport, t.arrival_mode, m.planned_arrives_at, t.phone
         FROM pickup_members m
         JOIN registrations r ON r.id = m.registration_id
         JOIN users u ON u.id = r.user_id
         LEFT JOIN travel_records t ON t.registration_id = m.registration_id
        WHERE m.pickup_id = ANY($1::uuid[])
        ORDER BY m.planned_arrives_at, m.registration_id`,
      [pickupIds],
    );
  }

  staffNames(userIds: string[]): Promise<{ id: string; full_name: string }[]> {
    if (!userIds.length) return Promise.resolve([]);
    return this.manager.query(`SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])`, [
      userIds,
    ]);
  }

  /** Of `userIds`, those who are neither staff of the event nor organizers of its organization. */
  async notStaffOrOrganizers(
    manager: EntityManager,
    eventId: string,
    userIds: string[],
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM unnest($2::uuid[]) AS candidate(id)
        WHERE NOT EXISTS (SELECT 1 FROM event_staff s WHERE s.event_id = $1 AND s.user_id = candidate.id)
          AND NOT EXISTS (SELECT 1 FROM memberships ms JOIN events e ON e.organization_id = ms.organization_id
                           WHERE e.id = $1 AND ms.user_id = candidate.id AND ms.role = 'organizer')`,
      [eventId, userIds],
    );
    return rows.map((row) => row.id);
  }

  /**
   * One page of the event's pickups by meeting time (ties by id), keyset-paged; with
   * `onlyConflicts`, only those with a participant whose travel record no longer matches what
   * the pickup was planned for (the same rule as `conflictOf`), filtered in SQL so that pages
   * stay full.
   */
  async eventPickupsPage(
    eventId: string,
    request: PageRequest & { onlyConflicts: boolean },
  ): Promise<Page<AirportPickup>> {
    const limit = pageSize(request);
    const query = this.manager
      .createQueryBuilder(AirportPickup, 'p')
      .where('p.eventId = :eventId', { eventId })
      .orderBy('p.meetAt', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .take(limit + 1);
    if (request.onlyConflicts)
      query.andWhere(
        `EXISTS (SELECT 1 FROM pickup_members m
                   LEFT JOIN travel_records t ON t.registration_id = m.registration_id
                  WHERE m.pickup_id = p.id
                    AND (t.arrival_mode IS DISTINCT FROM 'flight'
                         OR t.arrival_airport IS DISTINCT FROM p.airport
                         OR t.arrives_at <> m.planned_arrives_at))`,
      );
    if (request.cursor) {
      const after = decodeCursor(request.cursor, 'instant');
      query.andWhere('(p.meetAt, p.id) > (:afterKey::timestamptz, :afterId::uuid)', {
        afterKey: after.key,
        afterId: after.id,
      });
    }
    return toPage(await query.getMany(), limit, (pickup) => ({
      key: pickup.meetAt.toISOString(),
      id: pickup.id,
    }));
  }

  eventPickups(eventId: string): Promise<AirportPickup[]> {
    return this.manager.find(AirportPickup, {
      where: { eventId },
      order: { meetAt: 'ASC', id: 'ASC' },
    });
  }

  /** The pickups of a participant's confirmed registration at an event. */
  ofParticipant(userId: string, eventId: string): Promise<AirportPickup[]> {
    return this.manager
      .createQueryBuilder(AirportPickup, 'p')
      .innerJoin(PickupMember, 'm', 'm.pickup_id = p.id')
      .innerJoin('registrations', 'r', 'r.id = m.registration_id')
      .where('p.event_id = :eventId AND r.user_id = :userId AND r.status = :status', {
        eventId,
        userId,
        status: 'confirmed',
      })
      .orderBy('p.meet_at', 'ASC')
      .getMany();
  }
}
