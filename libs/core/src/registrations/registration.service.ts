import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import type { User } from '../accounts/index.js';
import {
  forbidden,
  invalidState,
  notFound,
  pageByUniqueColumn,
  type Page,
  type PageRequest,
} from '../common/index.js';
import { EventAccessService } from '../events/event-access.service.js';
import type { Event } from '../events/index.js';
import type { RegistrationChange } from './registration-change.entity.js';
import type {
  RegistrationFilter,
  RegistrationInput,
  RegistrationSearch,
} from './registration-input.js';
import { RegistrationLedgerService } from './registration-ledger.service.js';
import { isMinorOn, quotaFor, whyClosed } from './registration-rules.js';
import { ACTIVE_STATUSES } from './registration-status.js';
import type { GuardianConsent, Registration } from './registration.entity.js';
import { eventRules, registerInOneRoundTrip, type EventRules } from './registration-round-trip.js';
import { RegistrationRepository } from './registration.repository.js';
import {
  alreadyRegistered,
  countryNotEligible,
  guardianConsentRequired,
  emailNotVerified,
  registrationClosed,
} from './registrations.errors.js';

/** A registration with what is computed when it is read. */
export interface RegistrationView {
  registration: Registration;
  /** 1 + the event's registrations waitlisted earlier; only for waitlisted ones. */
  waitlistPosition: number | null;
}

/** Who may do what with one registration. */
interface RegistrationAccess {
  registration: Registration;
  event: Event;
  isRegistrant: boolean;
  isOrganizer: boolean;
  isEventStaff: boolean;
}

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly ledger: RegistrationLedgerService,
    private readonly registrations: RegistrationRepository,
  ) {}

  /**
   * Registers the actor under the event's row lock: the seat and quota counts it reads cannot
   * change until it commits, whatever the number of API processes. Usually one statement
   * (`gofar_register`) after a plain read of the event's rules.
   */
  async register(
    actor: User,
    eventId: string,
    input: RegistrationInput,
  ): Promise<RegistrationView> {
    const now = new Date();
    try {
      // The usual way, two round trips: the rules checked on a plain read of the event, then
      // everything else in one statement under the event's lock (registration-round-trip.ts).
      const rules = await eventRules(this.dataSource, eventId);
      if (rules) {
        this.checkRules(actor, rules, input, now);
        const registered = await registerInOneRoundTrip(this.dataSource, {
          rules,
          userId: actor.id,
          input,
          guardian: this.guardianConsent(input, now),
          now,
        });
        if (registered) return registered;
      }
      // The event changed in between (or does not exist): the long way, rules re-read under the lock.
      return await this.registerUnderLock(actor, eventId, input, now);
    } catch (error) {
      // Two requests of one user at once: the partial unique index lets only one through.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw alreadyRegistered();
      throw error;
    }
  }

  /** The rules a registration must pass on the event as read; throws the contract's error. */
  private checkRules(
    actor: User,
    event: Omit<EventRules, 'digest'>,
    input: RegistrationInput,
    now: Date,
  ): void {
    // Anyone may register for a published event; a draft does not exist for applicants.
    if (event.status === 'draft') throw notFound('Event');
    if (event.requireVerifiedEmail && !actor.emailVerifiedAt) throw emailNotVerified();
    const closed = whyClosed(event, now);
    if (closed) throw registrationClosed(closed);
    if (quotaFor(event, input.nationality) === 0) throw countryNotEligible(input.nationality);
    const minor = isMinorOn(input.dateOfBirth, event.startsOn);
    if (minor && input.guardian?.consent !== true) throw guardianConsentRequired();
  }

  /** Consent is recorded with its moment; a guardian without consent is not a consent. */
  private guardianConsent(input: RegistrationInput, now: Date): GuardianConsent | null {
    return input.guardian?.consent === true
      ? {
          name: input.guardian.name,
          phone: input.guardian.phone,
          email: input.guardian.email ?? null,
          relationship: input.guardian.relationship,
          consent: true,
          consentedAt: now.toISOString(),
        }
      : null;
  }

  /** The long way, with TypeORM inside an explicit transaction that holds the event's lock. */
  private async registerUnderLock(
    actor: User,
    eventId: string,
    input: RegistrationInput,
    now: Date,
  ): Promise<RegistrationView> {
    const registration = await inTransaction(this.dataSource, async (manager) => {
      const event = await this.ledger.lockEvent(manager, eventId);
      if (!event) throw notFound('Event');
      this.checkRules(actor, event, input, now);
      const existing = await this.registrations.hasActive(
        manager,
        eventId,
        actor.id,
        ACTIVE_STATUSES,
      );
      if (existing) throw alreadyRegistered();

      const status = event.requiresApproval
        ? 'pending'
        : (await this.ledger.hasRoom(manager, event, input.nationality))
          ? 'confirmed'
          : 'waitlisted';
      const registration = this.registrations.create(manager, {
        eventId,
        userId: actor.id,
        status,
        nationality: input.nationality,
        dateOfBirth: input.dateOfBirth,
        gender: input.gender ?? null,
        dietaryRequirements: input.dietaryRequirements ?? [],
        medicalNotes: input.medicalNotes ?? null,
        emergencyContact: input.emergencyContact,
        motivation: input.motivation ?? null,
        guardian: this.guardianConsent(input, now),
        waitlistedAt: status === 'waitlisted' ? now : null,
        confirmedAt: status === 'confirmed' ? now : null,
        cancelledBy: null,
      });
      await this.registrations.insert(manager, registration);
      await this.ledger.recordCreation(manager, event, registration, actor.id);
      const kind =
        status === 'pending'
          ? 'registration_received'
          : status === 'confirmed'
            ? 'registration_confirmed'
            : 'registration_waitlisted';
      await this.ledger.notifyParticipant(manager, registration, kind);
      await this.ledger.notifyStaff(manager, eventId, 'staff_registration', registration.id);
      return registration;
    });
    return this.view(registration);
  }

  async get(actor: User, registrationId: string): Promise<RegistrationView> {
    return this.view((await this.visible(actor, registrationId)).registration);
  }

  async history(actor: User, registrationId: string): Promise<RegistrationChange[]> {
    await this.visible(actor, registrationId);
    return this.registrations.history(registrationId);
  }

  /**
   * The event's registrations for its organizers and staff, in registration order; with
   * `status=waitlisted`, in the waiting list's order (places 1, 2, 3...).
   */
  async listForEvent(
    actor: User,
    eventId: string,
    filter: RegistrationFilter,
  ): Promise<Page<RegistrationView>> {
    await this.access.forTeam(actor, eventId);
    const query = this.registrations.forEventQuery(eventId, filter);
    // The waiting list alone is in its line order, the key its places are counted by.
    if (filter.status === 'waitlisted') {
      const page = await pageByUniqueColumn(query, filter, {
        expression: 'r.waitlistLine',
        keyKind: 'integer',
        keyOf: (registration) => registration.waitlistLine!,
        idOf: (registration) => registration.id,
      });
      return { items: await this.views(page.items), nextCursor: page.nextCursor };
    }
    return this.pageOfViews(query, filter, false);
  }

  /** The event's registrations that match the search, with their users, for the CSV export. */
  async allForEvent(
    actor: User,
    eventId: string,
    filter: RegistrationSearch = {},
  ): Promise<RegistrationView[]> {
    await this.access.forTeam(actor, eventId);
    return this.views(await this.registrations.allForEvent(eventId, filter));
  }

  /** The actor's own registrations, newest first. */
  async listMine(actor: User, request: PageRequest): Promise<Page<RegistrationView>> {
    const page = await this.registrations.pageOfUser(actor.id, request);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  private async pageOfViews(
    query: SelectQueryBuilder<Registration>,
    request: PageRequest,
    newestFirst: boolean,
  ): Promise<Page<RegistrationView>> {
    const page = await pageByUniqueColumn(query, request, {
      expression: 'r.seq',
      keyKind: 'integer',
      keyOf: (registration) => registration.seq,
      idOf: (registration) => registration.id,
      descending: newestFirst,
    });
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  /** `pending`, or `waitlisted` once the window has closed → confirmed if a seat and the quota allow, else waitlisted. */
  approve(actor: User, registrationId: string): Promise<RegistrationView> {
    return this.change(actor, registrationId, 'organizer', async (manager, event, registration) => {
      const windowOpen = whyClosed(event, new Date()) === null;
      const approvable =
        registration.status === 'pending' ||
        (registration.status === 'waitlisted' && !windowOpen && event.status === 'published');
      if (!approvable || event.status === 'cancelled') {
        throw invalidState(
          registration.status === 'waitlisted'
            ? 'While registration is open the waiting list is promoted automatically'
            : `A ${registration.status} registration cannot be approved`,
        );
      }
      if (await this.ledger.hasRoom(manager, event, registration.nationality)) {
        await this.ledger.transition(manager, event, registration, 'confirmed', {
          byUserId: actor.id,
          reason: 'approved',
        });
        await this.ledger.notifyParticipant(manager, registration, 'registration_confirmed');
      } else if (registration.status === 'pending') {
        await this.ledger.transition(manager, event, registration, 'waitlisted', {
          byUserId: actor.id,
          reason: 'approved; no seat or quota left',
        });
        await this.ledger.notifyParticipant(manager, registration, 'registration_waitlisted');
      }
    });
  }

  reject(actor: User, registrationId: string, reason: string | null): Promise<RegistrationView> {
    return this.change(actor, registrationId, 'organizer', async (manager, event, registration) => {
      if (!['pending', 'confirmed', 'waitlisted'].includes(registration.status)) {
        throw invalidState(`A ${registration.status} registration cannot be rejected`);
      }
      const heldSeat = registration.status === 'confirmed';
      await this.ledger.transition(manager, event, registration, 'rejected', {
        byUserId: actor.id,
        reason,
      });
      await this.ledger.notifyParticipant(manager, registration, 'registration_rejected', {
        reason,
      });
      if (heldSeat) await this.ledger.promote(manager, event);
    });
  }

  cancel(actor: User, registrationId: string): Promise<RegistrationView> {
    return this.change(
      actor,
      registrationId,
      'registrant-or-organizer',
      async (manager, event, registration, access) => {
        if (!['pending', 'confirmed', 'waitlisted'].includes(registration.status)) {
          throw invalidState(`A ${registration.status} registration cannot be cancelled`);
        }
        const heldSeat = registration.status === 'confirmed';
        const cancelledBy = access.isRegistrant ? 'participant' : 'organizer';
        await this.ledger.transition(manager, event, registration, 'cancelled', {
          byUserId: actor.id,
          reason: `cancelled by the ${cancelledBy}`,
          cancelledBy,
        });
        await this.ledger.notifyParticipant(manager, registration, 'registration_cancelled', {
          cancelledBy,
        });
        await this.ledger.notifyStaff(manager, event.id, 'staff_cancellation', registration.id);
        if (heldSeat) await this.ledger.promote(manager, event);
      },
    );
  }

  /**
   * Runs a change under the event's lock with the registration re-read inside the transaction,
   * after checking that the actor may see it (404) and may do this (403).
   */
  private async change(
    actor: User,
    registrationId: string,
    who: 'organizer' | 'registrant-or-organizer',
    work: (
      manager: EntityManager,
      event: Event,
      registration: Registration,
      access: RegistrationAccess,
    ) => Promise<void>,
  ): Promise<RegistrationView> {
    const access = await this.visible(actor, registrationId);
    const allowed =
      access.isOrganizer || (who === 'registrant-or-organizer' && access.isRegistrant);
    if (!allowed)
      throw forbidden(
        who === 'organizer'
          ? 'Only an organizer of the event can do this'
          : 'Only the registrant or an organizer can do this',
      );
    const registration = await inTransaction(this.dataSource, async (manager) => {
      const event = (await this.ledger.lockEvent(manager, access.event.id))!;
      const registration = await this.registrations.findByIdOrFail(manager, registrationId);
      await work(manager, event, registration, { ...access, event, registration });
      await this.ledger.saveCounters(manager, event);
      return registration;
    });
    return this.view(registration);
  }

  /** The registrant, the organization's organizers and the event's staff see a registration; to others it does not exist. */
  private async visible(actor: User, registrationId: string): Promise<RegistrationAccess> {
    const registration = await this.registrations.findWithUser(registrationId);
    if (!registration) throw notFound('Registration');
    const isRegistrant = registration.userId === actor.id;
    const eventAccess = await this.access.visible(actor, registration.eventId).catch(() => null);
    if (!eventAccess || (!isRegistrant && !eventAccess.isOrganizer && !eventAccess.isEventStaff))
      throw notFound('Registration');
    return {
      registration,
      event: eventAccess.event,
      isRegistrant,
      isOrganizer: eventAccess.isOrganizer,
      isEventStaff: eventAccess.isEventStaff,
    };
  }

  async view(registration: Registration): Promise<RegistrationView> {
    return (await this.views([registration]))[0]!;
  }

  /** Adds waiting-list positions, computed now (a place in line, not a promise). */
  private async views(registrations: Registration[]): Promise<RegistrationView[]> {
    const waitlisted = registrations.filter((registration) => registration.status === 'waitlisted');
    const positions = await this.registrations.waitlistPositions(
      waitlisted.map((registration) => registration.id),
    );
    return registrations.map((registration) => ({
      registration,
      waitlistPosition: positions.get(registration.id) ?? null,
    }));
  }
}
