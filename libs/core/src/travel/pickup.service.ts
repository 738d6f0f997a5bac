import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import type { User } from '../accounts/index.js';
import { findAirport } from '../airports/index.js';
import { notFound, forbidden, type Page, type PageRequest } from '../common/index.js';
import { EventAccessService } from '../events/event-access.service.js';
import { NotificationSchedulerService } from '../notifications/notification-scheduler.service.js';
import { requestReminderPlan } from '../reminders/reminder-plan-request.js';
import { AirportPickup } from './airport-pickup.entity.js';
import { localIso } from './flight-time.js';
import {
  DEFAULT_BUFFER_MINUTES,
  DEFAULT_WINDOW_MINUTES,
  continuedPickups,
  groupArrivals,
  type GroupingParameters,
} from './pickup-grouping.js';
import { PickupMember } from './pickup-member.entity.js';
import { PickupRepository, type ManifestRow } from './pickup.repository.js';
import { staffIdsNotStaff, unknownAirport } from './travel.errors.js';

export interface PlanPickupsInput {
  airport: string;
  windowMinutes?: number;
  bufferMinutes?: number;
  maxGroupSize?: number | null;
}

export interface PickupPatch {
  meetAt?: Date;
  staffIds?: string[];
  note?: string | null;
  locked?: boolean;
}

/** A participant of a pickup whose travel record no longer matches what it was planned for. */
export interface PickupConflict {
  /** `arrival_changed`: another time; `not_arriving_here`: another airport or no flight. */
  reason: 'arrival_changed' | 'not_arriving_here';
  arrivesAt: Date | null;
  airport: string | null;
}

export interface PickupParticipantView {
  registrationId: string;
  fullName: string;
  flightNumber: string | null;
  arrivesAt: Date;
  phone: string | null;
  conflict: PickupConflict | null;
}

export interface PickupView {
  pickup: AirportPickup;
  localMeet: string;
  participants: PickupParticipantView[];
  staff: { id: string; fullName: string }[];
}

/** What `/me/itinerary` shows of a participant's pickup. */
export interface ParticipantPickup {
  id: string;
  airport: string;
  meetAt: Date;
  timezone: string;
  localMeet: string;
  note: string | null;
}

/**
 * Airport pickups: planning groups of arrivals by the contract's rule, re-planning an airport
 * when an arrival changes or someone stops being confirmed (locked pickups stay as they are),
 * the organizer's edits, and the emails and reminders that follow each change.
 */
@Injectable()
export class PickupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly rows: PickupRepository,
    private readonly notifications: NotificationSchedulerService,
  ) {}

  /** Groups the confirmed flight arrivals at an airport and remembers the parameters. */
  async plan(actor: User, eventId: string, input: PlanPickupsInput): Promise<PickupView[]> {
    const airport = findAirport(input.airport);
    if (!airport)
      throw unknownAirport([
        {
          field: 'airport',
          constraint: 'isKnownAirport',
          message: `${input.airport} is not a known IATA airport code`,
        },
      ]);
    await inTransaction(this.dataSource, async (manager) => {
      const event = await this.access.forOrganizer(actor, eventId);
      const parameters: GroupingParameters = {
        windowMinutes: input.windowMinutes ?? DEFAULT_WINDOW_MINUTES,
        bufferMinutes: input.bufferMinutes ?? DEFAULT_BUFFER_MINUTES,
        maxGroupSize: input.maxGroupSize ?? null,
      };
      await this.rows.lockAirport(manager, event.id, airport.iata);
      await this.rows.savePlan(manager, {
        eventId: event.id,
        airport: airport.iata,
        ...parameters,
      });
      await this.regroup(manager, event.id, airport.iata, airport.timezone, parameters);
    });
    return this.views(
      (await this.rows.eventPickups(eventId)).filter((p) => p.airport === airport.iata),
    );
  }

  /**
   * Re-plans the event's unlocked pickups at each airport that has a plan, with its remembered
   * parameters, after arrivals changed or people stopped being confirmed (who leaves their
   * pickup, locked or not). Runs in the caller's transaction.
   */
  async replanAirports(manager: EntityManager, eventId: string, airports: string[]): Promise<void> {
    const left = await this.rows.removeUnconfirmed(manager, eventId);
    const all = [...new Set([...airports, ...left])].sort();
    for (const code of all) {
      const airport = findAirport(code);
      if (!airport) continue;
      await this.rows.lockAirport(manager, eventId, code);
      const plan = await this.rows.plan(manager, eventId, code);
      if (plan)
        await this.regroup(manager, eventId, code, airport.timezone, {
          windowMinutes: plan.windowMinutes,
          bufferMinutes: plan.bufferMinutes,
          maxGroupSize: plan.maxGroupSize,
        });
    }
    if (left.length) await requestReminderPlan(manager, { eventId, pickups: true });
  }

  /** After registrations changed status (a worker job): who left leaves their pickup; who came back is grouped. */
  async syncRegistrations(eventId: string, registrationIds: string[]): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      const airports = await this.rows.airportsOf(manager, eventId, registrationIds);
      await this.replanAirports(manager, eventId, airports);
      return airports.length;
    });
  }

  /** A page of the event's pickups by meeting time, or of those with a conflict. */
  async list(
    actor: User,
    eventId: string,
    request: PageRequest & { onlyConflicts: boolean },
  ): Promise<Page<PickupView>> {
    await this.access.forTeam(actor, eventId);
    const page = await this.rows.eventPickupsPage(eventId, request);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  async patch(actor: User, pickupId: string, patch: PickupPatch): Promise<PickupView> {
    const existing = await this.rows.findById(pickupId);
    if (!existing) throw notFound('Pickup');
    const access = await this.access.visible(actor, existing.eventId).catch(() => null);
    if (!access || (!access.isOrganizer && !access.isEventStaff)) throw notFound('Pickup');
    if (!access.isOrganizer) throw forbidden('Only an organizer of this event can change a pickup');
    await inTransaction(this.dataSource, async (manager) => {
      await this.rows.lockAirport(manager, existing.eventId, existing.airport);
      const pickup = await this.rows.findById(pickupId, manager);
      if (!pickup) throw notFound('Pickup');
      const before = { meetAt: pickup.meetAt, staffIds: [...pickup.staffIds] };
      if (patch.staffIds !== undefined) {
        const staffIds = [...new Set(patch.staffIds)];
        const refused = await this.rows.notStaffOrOrganizers(manager, pickup.eventId, staffIds);
        if (refused.length)
          throw staffIdsNotStaff(
            refused.map((id) => ({
              field: 'staffIds',
              constraint: 'isEventStaff',
              message: `${id} is not staff or an organizer of this event`,
            })),
          );
        pickup.staffIds = staffIds;
      }
      if (patch.meetAt !== undefined) pickup.meetAt = patch.meetAt;
      if (patch.note !== undefined) pickup.note = patch.note;
      if (patch.locked !== undefined) pickup.locked = patch.locked;
      await manager.save(AirportPickup, pickup);
      const added = pickup.staffIds.filter((id) => !before.staffIds.includes(id));
      await this.notifyAssigned(manager, pickup, added);
      if (before.meetAt.getTime() !== pickup.meetAt.getTime()) {
        const participants = await this.rows.participantUserIds(manager, pickup.id);
        const concerned = [...new Set([...participants, ...pickup.staffIds])].filter(
          (id) => !added.includes(id),
        );
        await this.notifyChanged(manager, pickup, before.meetAt, concerned);
      }
      await requestReminderPlan(manager, { eventId: pickup.eventId, pickups: true });
    });
    const [view] = await this.views([(await this.rows.findById(pickupId))!]);
    return view!;
  }

  /** The pickups of a confirmed participant, for their itinerary. */
  async forParticipant(userId: string, eventId: string): Promise<ParticipantPickup[]> {
    const pickups = await this.rows.ofParticipant(userId, eventId);
    return pickups.map((pickup) => ({
      id: pickup.id,
      airport: pickup.airport,
      meetAt: pickup.meetAt,
      timezone: pickup.timezone,
      localMeet: localIso(pickup.meetAt, pickup.timezone),
      note: pickup.note,
    }));
  }

  /**
   * The grouping itself, under the airport's lock: members of locked pickups stay where they
   * are; everyone else arriving is grouped; a new group keeps the id, staff and note of a
   * pickup it keeps at least half of; pickups no group keeps are removed. Participants who
   * change pickup are told (`pickup_assigned`); those who stay in a pickup whose time moved,
   * and its staff, are told once (`pickup_changed`).
   */
  private async regroup(
    manager: EntityManager,
    eventId: string,
    airport: string,
    timezone: string,
    parameters: GroupingParameters,
  ): Promise<void> {
    const pickups = await this.rows.pickupsAt(manager, eventId, airport);
    const members = await this.rows.membersOf(
      manager,
      pickups.map((pickup) => pickup.id),
    );
    const lockedIds = new Set(pickups.filter((pickup) => pickup.locked).map((pickup) => pickup.id));
    const heldByLocked = new Set(
      members
        .filter((member) => lockedIds.has(member.pickupId))
        .map((member) => member.registrationId),
    );
    const previousPickupOf = new Map(
      members.map((member) => [member.registrationId, member.pickupId]),
    );
    const arrivals = (await this.rows.arrivals(manager, eventId, airport)).filter(
      (arrival) => !heldByLocked.has(arrival.registration_id),
    );
    const userOf = new Map(arrivals.map((arrival) => [arrival.registration_id, arrival.user_id]));
    const groups = groupArrivals(
      arrivals.map((arrival) => ({
        registrationId: arrival.registration_id,
        arrivesAt: new Date(arrival.arrives_at),
      })),
      parameters,
    );
    const unlocked = pickups.filter((pickup) => !pickup.locked);
    const kept = continuedPickups(
      groups,
      unlocked.map((pickup) => ({
        id: pickup.id,
        registrationIds: members
          .filter((member) => member.pickupId === pickup.id)
          .map((member) => member.registrationId),
      })),
    );
    const byId = new Map(unlocked.map((pickup) => [pickup.id, pickup]));
    if (unlocked.length)
      await manager.delete(PickupMember, { pickupId: In(unlocked.map((pickup) => pickup.id)) });
    const keptIds = new Set(kept.filter((id): id is string => id !== null));
    const removed = unlocked.filter((pickup) => !keptIds.has(pickup.id));
    if (removed.length)
      await manager.delete(
        AirportPickup,
        removed.map((pickup) => pickup.id),
      );

    // One statement per kind of write, not one per group: a thousand arrivals make dozens of
    // groups, and each round trip is paid inside the airport's lock.
    const created = groups.map((group, index) =>
      kept[index]
        ? null
        : manager.create(AirportPickup, {
            eventId,
            airport,
            timezone,
            meetAt: group.meetAt,
            note: null,
            locked: false,
            staffIds: [],
          }),
    );
    const fresh = created.filter((pickup): pickup is AirportPickup => pickup !== null);
    if (fresh.length) await manager.insert(AirportPickup, fresh);
    const moved: { pickup: AirportPickup; from: Date; stayed: string[] }[] = [];
    const planned = groups.map((group, index) => {
      const keptId = kept[index];
      if (!keptId) return created[index]!;
      const pickup = byId.get(keptId)!;
      if (pickup.meetAt.getTime() !== group.meetAt.getTime()) {
        const stayed = group.arrivals
          .filter((arrival) => previousPickupOf.get(arrival.registrationId) === pickup.id)
          .map((arrival) => userOf.get(arrival.registrationId)!);
        moved.push({ pickup, from: pickup.meetAt, stayed });
        pickup.meetAt = group.meetAt;
        pickup.timezone = timezone;
      }
      return pickup;
    });
    if (moved.length)
      await manager.save(
        AirportPickup,
        moved.map((change) => change.pickup),
      );
    const placed = groups.flatMap((group, index) =>
      group.arrivals.map((arrival) => ({
        registrationId: arrival.registrationId,
        pickupId: planned[index]!.id,
        eventId,
        plannedArrivesAt: arrival.arrivesAt,
      })),
    );
    await this.rows.insertMembers(manager, placed);
    await this.notifications.scheduleForSubjects(
      manager,
      { kind: 'pickup_assigned', eventId },
      placed
        .filter((member) => previousPickupOf.get(member.registrationId) !== member.pickupId)
        .map((member) => ({
          subjectId: member.pickupId,
          recipientId: userOf.get(member.registrationId)!,
        })),
    );
    for (const change of moved)
      await this.notifyChanged(manager, change.pickup, change.from, [
        ...new Set([...change.stayed, ...change.pickup.staffIds]),
      ]);
    await requestReminderPlan(manager, { eventId, pickups: true });
  }

  private async notifyAssigned(manager: EntityManager, pickup: AirportPickup, userIds: string[]) {
    await this.notifications.scheduleForEach(
      manager,
      { kind: 'pickup_assigned', subjectId: pickup.id, eventId: pickup.eventId },
      userIds,
    );
  }

  /** One email per person concerned, with the old and the new local time. */
  private async notifyChanged(
    manager: EntityManager,
    pickup: AirportPickup,
    oldMeetAt: Date,
    userIds: string[],
  ) {
    await this.notifications.scheduleForEach(
      manager,
      {
        kind: 'pickup_changed',
        subjectId: pickup.id,
        eventId: pickup.eventId,
        data: { oldMeetAt: oldMeetAt.toISOString(), newMeetAt: pickup.meetAt.toISOString() },
      },
      userIds,
    );
  }

  /** Pickups with their manifest (names, flights, phones), staff names and conflicts. */
  private async views(pickups: AirportPickup[]): Promise<PickupView[]> {
    const manifest = await this.rows.manifest(pickups.map((pickup) => pickup.id));
    const staff = new Map(
      (await this.rows.staffNames([...new Set(pickups.flatMap((pickup) => pickup.staffIds))])).map(
        (row) => [row.id, row.full_name],
      ),
    );
    return pickups.map((pickup) => ({
      pickup,
      localMeet: localIso(pickup.meetAt, pickup.timezone),
      participants: manifest
        .filter((row) => row.pickup_id === pickup.id)
        .map((row) => ({
          registrationId: row.registration_id,
          fullName: row.full_name,
          flightNumber: row.flight_number,
          arrivesAt: new Date(row.planned_arrives_at),
          phone: row.phone,
          conflict: conflictOf(row, pickup.airport),
        })),
      staff: pickup.staffIds.map((id) => ({ id, fullName: staff.get(id) ?? '' })),
    }));
  }
}

/** How a member's travel record now differs from what their pickup was planned for, if it does. */
function conflictOf(row: ManifestRow, airport: string): PickupConflict | null {
  const arrivesAt = row.arrives_at ? new Date(row.arrives_at) : null;
  if (row.arrival_mode !== 'flight' || row.arrival_airport !== airport)
    return { reason: 'not_arriving_here', arrivesAt, airport: row.arrival_airport };
  if (arrivesAt && arrivesAt.getTime() !== new Date(row.planned_arrives_at).getTime())
    return { reason: 'arrival_changed', arrivesAt, airport: row.arrival_airport };
  return null;
}
