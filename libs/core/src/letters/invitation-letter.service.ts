import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '#config/index.js';
import { inTransaction } from '#db/transaction.js';
import { User } from '../accounts/user.entity.js';
import { type ErrorDetail, forbidden, notFound } from '../common/index.js';
import { invalidState } from '../common/domain-error.js';
import { EventAccessService } from '../events/event-access.service.js';
import { Event } from '../events/event.entity.js';
import { Session } from '../itinerary/session.entity.js';
import { NotificationSchedulerService } from '../notifications/notification-scheduler.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { DataEncryptionService } from '../privacy/data-encryption.service.js';
import { Registration } from '../registrations/registration.entity.js';
import { TravelRecord } from '../travel/travel-record.entity.js';
import type { InvitationLetter } from './invitation-letter.entity.js';
import { InvitationLetterRepository } from './invitation-letter.repository.js';
import { renderLetterPdf } from './letter-pdf.js';
import { programmeIn } from './letter-programme.js';
import { newLetterReference, parseLetterReference } from './letter-reference.js';
import type { LetterSnapshot } from './letter-snapshot.js';
import {
  letterDetailsMissing,
  letterNotValid,
  noProgrammeInCountry,
  passportExpiresTooSoon,
  passportMissing,
  visaNotNeeded,
} from './letters.errors.js';

/** What the public verification page may say about a letter, and nothing more. */
export interface LetterVerification {
  valid: boolean;
  superseded: boolean;
  country: string;
  event: { title: string; startsOn: string; endsOn: string };
  participantInitials: string | null;
  issuedAt: Date;
}

/** A passport must be valid this long after the event's last day. */
const PASSPORT_MONTHS_AFTER_END = 6;

/**
 * `N. T. A.` from `NGUYEN THI ANH`: one letter per word (a grapheme, so a Thai or Burmese
 * word gives a whole character), enough for an officer to match the letter in their hands.
 */
export function initialsOf(name: string): string {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return name
    .trim()
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map(
      (word) =>
        `${(segmenter.segment(word)[Symbol.iterator]().next().value?.segment ?? '').toLocaleUpperCase()}.`,
    )
    .join(' ');
}

/**
 * Visa invitation letters: organizers issue them for confirmed participants whose travel
 * record asks for one; the registrant and organizers download the PDF, rendered on demand from
 * the snapshot taken at issue; anyone with the reference can check it is genuine and valid.
 */
@Injectable()
export class InvitationLetterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly letters: InvitationLetterRepository,
    private readonly encryption: DataEncryptionService,
    private readonly notifications: NotificationSchedulerService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Issues a letter for `country` (already upper-case): the snapshot, encrypted and bound to
   * the registration, replaces the current letter for that country; the participant is told
   * by email. Under the registration's row lock, so two issues at once leave one current.
   */
  async issue(actor: User, registrationId: string, country: string): Promise<InvitationLetter> {
    const { event } = await this.visibleTo(actor, registrationId, 'organizer');
    return inTransaction(this.dataSource, async (manager) => {
      const registration = await this.letters.lockRegistration(manager, registrationId);
      if (!registration) throw notFound('Registration');
      if (registration.status !== 'confirmed')
        throw invalidState(
          `A letter is issued only for a confirmed registration; this one is ${registration.status}`,
        );
      const current = (await manager.findOneBy(Event, { id: event.id }))!;
      const snapshot = await this.snapshot(manager, current, registration, country);
      const issuedAt = new Date(snapshot.issuedAt);
      await this.letters.supersedeCurrent(manager, registration.id, country, issuedAt);
      const sealed = this.encryption.encrypt(JSON.stringify(snapshot), registration.id);
      const letter = await this.letters.insert(manager, {
        reference: snapshot.reference,
        registrationId: registration.id,
        eventId: current.id,
        country,
        issuedAt,
        issuedBy: actor.id,
        supersededAt: null,
        snapshotEncrypted: sealed.ciphertext,
        snapshotKeyId: sealed.keyId,
        revokedAt: null,
        revokedReason: null,
      });
      await this.notifications.schedule(manager, {
        kind: 'invitation_letter_issued',
        subjectId: letter.id,
        recipientId: registration.userId,
        eventId: current.id,
        data: { country },
      });
      return letter;
    });
  }

  /** The PDF of the current letter for `country`: for the registrant and organizers. */
  async pdf(
    actor: User,
    registrationId: string,
    country: string,
  ): Promise<{ letter: InvitationLetter; pdf: Buffer }> {
    const { registration } = await this.visibleTo(actor, registrationId, 'registrant-or-organizer');
    const letter = await this.letters.current(registrationId, country);
    if (!letter) throw notFound('Invitation letter');
    if (registration.status !== 'confirmed' || !letter.snapshotEncrypted) throw letterNotValid();
    return { letter, pdf: await renderLetterPdf(this.open(letter)!) };
  }

  /** The current letters of a registration (references and dates), for whoever may see it. */
  async currentLetters(actor: User, registrationId: string): Promise<InvitationLetter[]> {
    await this.visibleTo(actor, registrationId, 'any-viewer');
    return this.letters.currentFor([registrationId]);
  }

  /**
   * What a consular officer may learn from a reference: whether the letter is valid, and just
   * enough to match it with the paper (the event, the country, the passport name's initials).
   * Null for a reference that is not one or that nobody was given.
   */
  async verify(typedReference: string): Promise<LetterVerification | null> {
    const reference = parseLetterReference(typedReference);
    if (!reference) return null;
    const letter = await this.letters.findByReference(reference);
    if (!letter) return null;
    const snapshot = this.open(letter);
    const superseded = letter.supersededAt !== null;
    // The account-erasure and retention hooks clear the snapshot and set revokedAt.
    const valid =
      !superseded &&
      letter.revokedAt === null &&
      snapshot !== null &&
      letter.registration?.status === 'confirmed';
    return {
      valid,
      superseded,
      country: letter.country,
      event: snapshot
        ? {
            title: snapshot.event.title,
            startsOn: snapshot.event.startsOn,
            endsOn: snapshot.event.endsOn,
          }
        : {
            title: letter.event!.title,
            startsOn: letter.event!.startsOn,
            endsOn: letter.event!.endsOn,
          },
      participantInitials: snapshot ? initialsOf(snapshot.participant.nameAsInPassport) : null,
      issuedAt: letter.issuedAt,
    };
  }

  /** The letter's snapshot, decrypted; null once erased. */
  private open(letter: InvitationLetter): LetterSnapshot | null {
    if (!letter.snapshotEncrypted || !letter.snapshotKeyId) return null;
    return JSON.parse(
      this.encryption.decrypt(
        { ciphertext: letter.snapshotEncrypted, keyId: letter.snapshotKeyId },
        letter.registrationId,
      ),
    ) as LetterSnapshot;
  }

  /** Everything the letter will show, checked against the rules, as of now. */
  private async snapshot(
    manager: EntityManager,
    event: Event,
    registration: Registration,
    country: string,
  ): Promise<LetterSnapshot> {
    const missing: ErrorDetail[] = [];
    if (!event.letterSignatory)
      missing.push({
        field: 'letterSignatory',
        constraint: 'required',
        message: 'the event has no letterSignatory',
      });
    if (!event.letterCostsCoveredBy?.trim())
      missing.push({
        field: 'letterCostsCoveredBy',
        constraint: 'required',
        message: 'the event has no letterCostsCoveredBy',
      });
    if (missing.length) throw letterDetailsMissing(missing);

    const travel = await manager.findOneBy(TravelRecord, { registrationId: registration.id });
    if (
      !travel?.passportNumberEncrypted ||
      !travel.passportNumberKeyId ||
      !travel.passportExpiresOn ||
      !travel.fullNameAsInPassport
    )
      throw passportMissing();
    if (!travel.visaNeededFor.includes(country)) throw visaNotNeeded(country);
    const mustLastUntil = DateTime.fromISO(event.endsOn)
      .plus({ months: PASSPORT_MONTHS_AFTER_END })
      .toISODate()!;
    if (travel.passportExpiresOn < mustLastUntil) throw passportExpiresTooSoon(mustLastUntil);

    const sessions = await manager.findBy(Session, { eventId: event.id });
    const scheduled = sessions.filter((session) => session.status === 'scheduled');
    // An event without a programme yet: its own dates; one with sessions elsewhere only: refused.
    const programme = scheduled.length
      ? programmeIn(scheduled, country)
      : { firstDay: event.startsOn, lastDay: event.endsOn, cities: [] };
    if (!programme) throw noProgrammeInCountry(country);

    const organization = await manager.findOneBy(Organization, { id: event.organizationId });
    const person = await manager.findOneBy(User, { id: registration.userId });
    const issuedAt = new Date();
    const reference = newLetterReference();
    return {
      version: 1,
      reference,
      country,
      issuedAt: issuedAt.toISOString(),
      issuedOn: DateTime.fromJSDate(issuedAt, { zone: event.timezone }).toISODate()!,
      organization: { name: organization?.name ?? '' },
      event: {
        title: event.title,
        kind: event.kind,
        startsOn: event.startsOn,
        endsOn: event.endsOn,
        timezone: event.timezone,
      },
      programme,
      participant: {
        fullName: person?.fullName ?? '',
        nameAsInPassport: travel.fullNameAsInPassport,
        nationality: registration.nationality,
        dateOfBirth: registration.dateOfBirth,
        passportNumber: this.encryption.decrypt(
          { ciphertext: travel.passportNumberEncrypted, keyId: travel.passportNumberKeyId },
          registration.id,
        ),
        passportIssuingCountry: travel.passportIssuingCountry,
        passportExpiresOn: travel.passportExpiresOn,
      },
      costsCoveredBy: event.letterCostsCoveredBy!.trim(),
      signatory: { name: event.letterSignatory!.name, title: event.letterSignatory!.title },
      verificationUrl: `${this.config.publicUrl}/letters/${reference}`,
    };
  }

  /**
   * The registration, if the actor may see it (else 404, as for any registration), and may do
   * this (else 403): organizers issue; the registrant and organizers download.
   */
  private async visibleTo(
    actor: User,
    registrationId: string,
    who: 'organizer' | 'registrant-or-organizer' | 'any-viewer',
  ): Promise<{ registration: Registration; event: Event }> {
    const registration = await this.dataSource.manager.findOneBy(Registration, {
      id: registrationId,
    });
    if (!registration) throw notFound('Registration');
    const isRegistrant = registration.userId === actor.id;
    const eventAccess = await this.access.visible(actor, registration.eventId).catch(() => null);
    if (!eventAccess || (!isRegistrant && !eventAccess.isOrganizer && !eventAccess.isEventStaff))
      throw notFound('Registration');
    const allowed =
      who === 'any-viewer' ||
      eventAccess.isOrganizer ||
      (who === 'registrant-or-organizer' && isRegistrant);
    if (!allowed)
      throw forbidden(
        who === 'organizer'
          ? 'Only an organizer of the event can issue invitation letters'
          : 'Only the registrant and organizers can download invitation letters',
      );
    return { registration, event: eventAccess.event };
  }
}
