import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import type { User } from '../accounts/index.js';
import { forbidden, notFound } from '../common/index.js';
import { EventAccessService, type EventAccess } from '../events/event-access.service.js';
import type { Accommodation } from './accommodation.entity.js';
import {
  AccommodationRepository,
  type OccupantRow,
  type RoomingRow,
} from './accommodation.repository.js';
import { assignRooms } from './room-assignment.js';
import { roomPerson } from './room-person.js';
import { roomRuleBroken, type RoomPerson } from './room-rules.js';
import type { Room } from './room.entity.js';
import {
  notConfirmedForRoom,
  notEnoughBeds,
  roomFull,
  roomLabelTaken,
  roomRuleBrokenError,
  stayDatesInvalid,
} from './rooms.errors.js';

export type AccommodationInput = Pick<
  Accommodation,
  'name' | 'city' | 'timezone' | 'checkInOn' | 'checkOutOn'
> & { address?: string | null };

/** A person in a room, as organizers and staff see them. */
export type OccupantView = OccupantRow & RoomPerson;

export interface RoomView {
  room: Room;
  occupants: OccupantView[];
}

export interface AccommodationView {
  accommodation: Accommodation;
  nights: number;
  rooms: RoomView[];
  /** Confirmed participants without a room here. */
  unassigned: (RoomingRow & RoomPerson)[];
}

/** A participant's own stay: where, which room, and the roommates (name and nationality). */
export interface StayView {
  accommodation: Accommodation;
  room: string;
  roommates: { fullName: string; nationality: string }[];
}

/** Nights between two local dates. */
export function nightsBetween(checkInOn: string, checkOutOn: string): number {
  return Math.round((Date.parse(checkOutOn) - Date.parse(checkInOn)) / 86_400_000);
}

/**
 * Hotels and dormitories of an event, their rooms and who sleeps where, by the rooming rules.
 * Changes are for the event's organizers; organizers and staff read the lists; participants see
 * only their own room, through their itinerary.
 */
@Injectable()
export class AccommodationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventAccessService,
    private readonly accommodations: AccommodationRepository,
  ) {}

  async create(
    actor: User,
    eventId: string,
    input: AccommodationInput,
  ): Promise<AccommodationView> {
    if (input.checkOutOn <= input.checkInOn) throw stayDatesInvalid();
    await this.events.forOrganizer(actor, eventId);
    const accommodation = await inTransaction(this.dataSource, (manager) =>
      this.accommodations.createAccommodation(manager, {
        eventId,
        name: input.name,
        city: input.city,
        address: input.address ?? null,
        timezone: input.timezone,
        checkInOn: input.checkInOn,
        checkOutOn: input.checkOutOn,
      }),
    );
    return (await this.views([accommodation]))[0]!;
  }

  async addRoom(
    actor: User,
    accommodationId: string,
    input: { label: string; beds: number },
  ): Promise<RoomView> {
    const accommodation = await this.forOrganizer(actor, accommodationId);
    const room = await inTransaction(this.dataSource, (manager) =>
      this.accommodations.insertRoom(manager, { accommodationId: accommodation.id, ...input }),
    );
    if (!room) throw roomLabelTaken(input.label);
    return { room, occupants: [] };
  }

  /**
   * Replaces the accommodation's assignments with the rooming rules' placement of the given
   * confirmed participants (default: all of them); refused, changing nothing, when someone
   * would be left without a bed.
   */
  async autoAssign(
    actor: User,
    accommodationId: string,
    registrationIds?: string[],
  ): Promise<RoomView[]> {
    const accommodation = await this.forOrganizer(actor, accommodationId);
    const ids = registrationIds ? [...new Set(registrationIds)] : undefined;
    await inTransaction(this.dataSource, async (manager) => {
      await this.accommodations.lockAccommodation(manager, accommodation.id);
      const rows = await this.accommodations.confirmedForRooming(
        manager,
        accommodation.eventId,
        ids,
      );
      if (ids && rows.length !== ids.length) {
        const found = new Set(rows.map((row) => row.registrationId));
        throw notConfirmedForRoom(ids.filter((id) => !found.has(id)));
      }
      const rooms = await this.accommodations.roomsOf([accommodation.id], manager);
      const result = assignRooms(
        rows.map((row) => roomPerson(row, accommodation.checkInOn)),
        rooms.map((room) => ({ roomId: room.id, label: room.label, beds: room.beds })),
      );
      if (!result.placed) throw notEnoughBeds(result.unplaced);
      await this.accommodations.clearOccupants(manager, accommodation.id);
      await this.accommodations.insertOccupants(
        manager,
        [...result.occupants.entries()].flatMap(([roomId, people]) =>
          people.map((person) => ({
            accommodationId: accommodation.id,
            registrationId: person.registrationId,
            roomId,
          })),
        ),
      );
    });
    return (await this.views([accommodation]))[0]!.rooms;
  }

  /**
   * Puts a confirmed participant in a room (moving them out of another room of the same
   * accommodation), by the same rules and beds as the automatic assignment.
   */
  async addOccupant(actor: User, roomId: string, registrationId: string): Promise<RoomView> {
    const { room, accommodation } = await this.roomForOrganizer(actor, roomId);
    await inTransaction(this.dataSource, async (manager) => {
      await this.accommodations.lockAccommodation(manager, accommodation.id);
      const [row] = await this.accommodations.confirmedForRooming(manager, accommodation.eventId, [
        registrationId,
      ]);
      if (!row) throw notConfirmedForRoom([registrationId]);
      const occupants = (await this.occupants(accommodation, manager)).filter(
        (occupant) => occupant.roomId === room.id && occupant.registrationId !== registrationId,
      );
      const newcomer = roomPerson(row, accommodation.checkInOn);
      const rule = roomRuleBroken(occupants, newcomer);
      if (rule) throw roomRuleBrokenError(rule, room.label);
      if (occupants.length >= room.beds) throw roomFull(room.label, room.beds);
      await this.accommodations.placeOccupant(manager, {
        accommodationId: accommodation.id,
        registrationId,
        roomId: room.id,
      });
    });
    return (await this.views([accommodation]))[0]!.rooms.find((view) => view.room.id === room.id)!;
  }

  async removeOccupant(actor: User, roomId: string, registrationId: string): Promise<void> {
    const { room } = await this.roomForOrganizer(actor, roomId);
    if (!(await this.accommodations.removeOccupant(room.id, registrationId)))
      throw notFound('Room occupant');
  }

  /** The event's accommodations with rooms and occupants: organizers and staff. */
  async listForEvent(actor: User, eventId: string): Promise<AccommodationView[]> {
    await this.events.forTeam(actor, eventId);
    return this.views(await this.accommodations.forEvent(eventId));
  }

  /** One accommodation with rooms and occupants: organizers and staff. */
  async get(actor: User, accommodationId: string): Promise<AccommodationView> {
    const accommodation = await this.forTeam(actor, accommodationId);
    return (await this.views([accommodation]))[0]!;
  }

  /** What the hotel's rooming list needs: organizers and staff. */
  async roomingList(actor: User, accommodationId: string): Promise<AccommodationView> {
    return this.get(actor, accommodationId);
  }

  /** A participant's rooms in an event, with roommates as a name and a nationality only. */
  async staysOf(userId: string, eventId: string): Promise<StayView[]> {
    const stays = await this.accommodations.staysOf(userId, eventId);
    if (!stays.length) return [];
    const accommodations = await this.accommodations.forEvent(eventId);
    const occupants = await this.accommodations.occupantsOf(stays.map((s) => s.accommodationId));
    return accommodations.flatMap((accommodation) =>
      stays
        .filter((stay) => stay.accommodationId === accommodation.id)
        .map((stay) => ({
          accommodation,
          room: stay.label,
          roommates: occupants
            .filter((o) => o.roomId === stay.roomId && o.userId !== userId)
            .map(({ fullName, nationality }) => ({ fullName, nationality })),
        })),
    );
  }

  private async views(
    accommodations: Accommodation[],
    manager?: EntityManager,
  ): Promise<AccommodationView[]> {
    const ids = accommodations.map((accommodation) => accommodation.id);
    const rooms = await this.accommodations.roomsOf(ids, manager);
    const occupants = await this.accommodations.occupantsOf(ids, manager);
    const views: AccommodationView[] = [];
    for (const accommodation of accommodations) {
      const unassigned = await this.accommodations.unassigned(accommodation, manager);
      views.push({
        accommodation,
        nights: nightsBetween(accommodation.checkInOn, accommodation.checkOutOn),
        rooms: rooms
          .filter((room) => room.accommodationId === accommodation.id)
          .map((room) => ({
            room,
            occupants: occupants
              .filter((occupant) => occupant.roomId === room.id)
              .map((occupant) => roomPerson(occupant, accommodation.checkInOn)),
          })),
        unassigned: unassigned.map((row) => roomPerson(row, accommodation.checkInOn)),
      });
    }
    return views;
  }

  private async occupants(
    accommodation: Accommodation,
    manager: EntityManager,
  ): Promise<OccupantView[]> {
    return (await this.accommodations.occupantsOf([accommodation.id], manager)).map((occupant) =>
      roomPerson(occupant, accommodation.checkInOn),
    );
  }

  /** The accommodation and what the actor is to its event (one read of the roles). */
  private async accommodation(
    actor: User,
    id: string,
  ): Promise<{ accommodation: Accommodation; access: EventAccess }> {
    const accommodation = await this.accommodations.findAccommodation(id);
    if (!accommodation) throw notFound('Accommodation');
    // An accommodation of an event the caller may not see does not exist for them.
    const access = await this.events.visible(actor, accommodation.eventId).catch(() => {
      throw notFound('Accommodation');
    });
    return { accommodation, access };
  }

  private async forOrganizer(actor: User, id: string): Promise<Accommodation> {
    const { accommodation, access } = await this.accommodation(actor, id);
    if (!access.isOrganizer)
      throw forbidden('Only an organizer of this event’s organization can do this');
    return accommodation;
  }

  private async forTeam(actor: User, id: string): Promise<Accommodation> {
    const { accommodation, access } = await this.accommodation(actor, id);
    if (!access.isOrganizer && !access.isEventStaff)
      throw forbidden('Only this event’s organizers and staff can do this');
    return accommodation;
  }

  private async roomForOrganizer(
    actor: User,
    roomId: string,
  ): Promise<{ room: Room; accommodation: Accommodation }> {
    const room = await this.accommodations.findRoom(roomId);
    if (!room) throw notFound('Room');
    const accommodation = await this.forOrganizer(actor, room.accommodationId).catch(
      (error: unknown) => {
        if (error instanceof Error && 'code' in error && error.code === 'NOT_FOUND')
          throw notFound('Room');
        throw error;
      },
    );
    return { room, accommodation };
  }
}
