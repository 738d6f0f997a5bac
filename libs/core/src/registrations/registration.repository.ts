import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { EntityRows, preparedQuery } from '#db/index.js';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../common/index.js';
import type { Event } from '../events/index.js';
import { RegistrationChange } from './registration-change.entity.js';
import type { RegistrationSearch } from './registration-input.js';
import { searchTerms } from './registration-search.js';
import { ACTIVE_STATUSES, type RegistrationStatus } from './registration-status.js';
import { Registration } from './registration.entity.js';

/**
 * Places in the waiting list, computed now: 1 + the registrations of the same event still
 * waitlisted with a lower line number (`waitlist_line`, the order people were placed in line;
 * the organizer's list and promotion use the same key). Written once here; the registration views and the
 * "you are on the waiting list" email both read it. Pass the transaction's manager inside one.
 */
export async function waitlistPositions(
  manager: EntityManager,
  registrationIds: string[],
): Promise<Map<string, number>> {
  if (!registrationIds.length) return new Map();
  const rows: { id: string; position: string }[] = await manager.query(
    `SELECT r.id, (SELECT count(*) FROM registrations o
                    WHERE o.event_id = r.event_id AND o.status = 'waitlisted'
                      AND o.waitlist_line < r.waitlist_line) + 1 AS position
       FROM registrations r WHERE r.id = ANY($1::uuid[])`,
    [registrationIds],
  );
  return new Map(rows.map((row) => [row.id, Number(row.position)]));
}

/** One registration's place in the waiting list (see `waitlistPositions`). */
export async function waitlistPosition(
  manager: EntityManager,
  registrationId: string,
): Promise<number | null> {
  return (await waitlistPositions(manager, [registrationId])).get(registrationId) ?? null;
}

/**
 * The SQL of the registration aggregate (registrations and their history). Methods that may run
 * inside a transaction take its EntityManager; the rules stay in the services.
 */
@Injectable()
export class RegistrationRepository {
  private readonly rows: EntityRows<Registration>;
  private readonly ofUserSql: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.rows = new EntityRows(dataSource, Registration, 'r');
    this.ofUserSql = `SELECT ${this.rows.selectList} FROM registrations r
      WHERE r.user_id = $1 AND ($2::bigint IS NULL OR r.seq < $2) ORDER BY r.seq DESC LIMIT $3`;
  }

  /**
   * One page of the user's registrations, newest first (by `seq`, which the cursor carries):
   * a prepared statement on the (user_id, seq) index, read on a participant's every visit.
   */
  async pageOfUser(userId: string, request: PageRequest): Promise<Page<Registration>> {
    const limit = pageSize(request);
    const after = request.cursor ? decodeCursor(request.cursor, 'integer').key : null;
    const rows = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      'gofar_registrations_of_user',
      this.ofUserSql,
      [userId, after, limit + 1],
    );
    return toPage(
      rows.map((row) => this.rows.hydrate(row)),
      limit,
      (registration) => ({ key: registration.seq, id: registration.id }),
    );
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOneBy(Registration, { id });
  }

  /** Reads a registration under a share lock: its status cannot change until the caller commits. */
  /** Which of these registrations are confirmed, read under a share lock (no change meanwhile). */
  async confirmedAmong(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await manager.find(Registration, {
      select: { id: true },
      where: { id: In(ids), status: 'confirmed' },
      lock: { mode: 'pessimistic_read' },
    });
    return new Set(rows.map((row) => row.id));
  }

  findInEvent(manager: EntityManager, id: string, eventId: string) {
    return manager.findOneBy(Registration, { id, eventId });
  }

  confirmedForEvent(manager: EntityManager, eventId: string): Promise<Registration[]> {
    return manager.find(Registration, { where: { eventId, status: 'confirmed' } });
  }

  /** The event's active registrations, in the order they were made. */
  activeForEvent(manager: EntityManager, eventId: string): Promise<Registration[]> {
    return manager.find(Registration, {
      where: { eventId, status: In(ACTIVE_STATUSES) },
      order: { seq: 'ASC' },
    });
  }

  /** The user ids of the event's confirmed registrations. */
  async confirmedUserIds(manager: EntityManager, eventId: string): Promise<string[]> {
    const confirmed = await manager.find(Registration, {
      where: { eventId, status: 'confirmed' },
      select: { userId: true },
    });
    return confirmed.map(({ userId }) => userId);
  }

  /** Re-reads a registration that must exist (inside the transaction that changes it). */
  findByIdOrFail(manager: EntityManager, id: string): Promise<Registration> {
    return manager.findOneByOrFail(Registration, { id });
  }

  /** Whether the user already holds an active registration (`statuses`) for the event. */
  hasActive(
    manager: EntityManager,
    eventId: string,
    userId: string,
    statuses: RegistrationStatus[],
  ): Promise<boolean> {
    return manager.existsBy(Registration, { eventId, userId, status: In(statuses) });
  }

  /** The registration with its person (name, email, whether the address is verified). */
  findWithUser(id: string): Promise<Registration | null> {
    return this.dataSource.manager.findOne(Registration, {
      where: { id },
      relations: { user: true },
    });
  }

  /** The registration with its event and person, for the emails about it. */
  findWithEventAndUser(id: string): Promise<Registration | null> {
    return this.dataSource.manager.findOne(Registration, {
      where: { id },
      relations: { event: true, user: true },
    });
  }

  /** The registration's place on its event's waiting list, counted now (1 is next). */
  async waitlistPositionOf(registration: Registration): Promise<number> {
    const [row]: { position: string }[] = await this.dataSource.manager.query(
      `SELECT count(*) + 1 AS position FROM registrations o
        WHERE o.event_id = $1 AND o.status = 'waitlisted'
          AND o.waitlist_line < (SELECT waitlist_line FROM registrations WHERE id = $2)`,
      [registration.eventId, registration.id],
    );
    return Number(row!.position);
  }

  /** Whether the user's registration for the event is `confirmed`. */
  isConfirmed(eventId: string, userId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(Registration, { eventId, userId, status: 'confirmed' });
  }

  create(manager: EntityManager, fields: Partial<Registration>): Registration {
    return manager.create(Registration, fields);
  }

  async insert(manager: EntityManager, registration: Registration): Promise<void> {
    await manager.insert(Registration, registration);
  }

  /** Writes a registration's status and the timestamps that go with it. */
  async saveStatus(manager: EntityManager, registration: Registration): Promise<void> {
    await manager.update(
      Registration,
      { id: registration.id },
      {
        status: registration.status,
        waitlistedAt: registration.waitlistedAt,
        confirmedAt: registration.confirmedAt,
        cancelledBy: registration.cancelledBy,
      },
    );
  }

  async recordChange(
    manager: EntityManager,
    change: Pick<
      RegistrationChange,
      'registrationId' | 'fromStatus' | 'toStatus' | 'byUserId' | 'reason'
    >,
  ): Promise<void> {
    await manager.insert(RegistrationChange, change);
  }

  history(registrationId: string): Promise<RegistrationChange[]> {
    return this.dataSource.manager.find(RegistrationChange, {
      where: { registrationId },
      order: { id: 'ASC' },
    });
  }

  confirmedOf(manager: EntityManager, eventId: string, nationality: string): Promise<number> {
    return manager.countBy(Registration, { eventId, status: 'confirmed', nationality });
  }

  /** Confirmed registrations per nationality. */
  async confirmedByCountry(manager: EntityManager, eventId: string): Promise<Map<string, number>> {
    const rows: { nationality: string; count: string }[] = await manager.query(
      `SELECT nationality, count(*) AS count FROM registrations WHERE event_id = $1 AND status = 'confirmed' GROUP BY nationality`,
      [eventId],
    );
    return new Map(rows.map((row) => [row.nationality, Number(row.count)]));
  }

  /** The earliest waitlisted registration whose nationality is below its quota, if any. */
  nextPromotable(manager: EntityManager, event: Event): Promise<Registration | null> {
    return manager
      .createQueryBuilder(Registration, 'r')
      .where('r.eventId = :eventId AND r.status = :waitlisted', {
        eventId: event.id,
        waitlisted: 'waitlisted',
      })
      .andWhere(
        `(COALESCE((:quotas::jsonb ->> r.nationality)::int, :defaultQuota::int) IS NULL
          OR (SELECT count(*) FROM registrations c WHERE c.event_id = r.event_id AND c.status = 'confirmed' AND c.nationality = r.nationality)
             < COALESCE((:quotas::jsonb ->> r.nationality)::int, :defaultQuota::int))`,
        { quotas: JSON.stringify(event.countryQuotas), defaultQuota: event.defaultCountryQuota },
      )
      .orderBy('r.waitlistLine', 'ASC')
      .getOne();
  }

  /** The event's registrations that match the search, with their users, in registration order. */
  allForEvent(eventId: string, filter: RegistrationSearch = {}): Promise<Registration[]> {
    return this.forEventQuery(eventId, filter).orderBy('r.seq', 'ASC').getMany();
  }

  /**
   * The event's registrations with their users (a page is cut from it by `r.seq`). Each word of
   * `q` must appear in the folded name and email (`gofar_fold`: lower case, no accents, đ → d),
   * the expression the `users_search_trgm` trigram index holds.
   */
  forEventQuery(eventId: string, filter: RegistrationSearch): SelectQueryBuilder<Registration> {
    const query = this.dataSource.manager
      .createQueryBuilder(Registration, 'r')
      .innerJoinAndSelect('r.user', 'user')
      .where('r.eventId = :eventId', { eventId });
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.nationality)
      query.andWhere('r.nationality = :nationality', { nationality: filter.nationality });
    searchTerms(filter.q).forEach((term, index) =>
      query.andWhere(
        `public.gofar_fold(user.fullName || ' ' || user.email) LIKE '%' || public.gofar_fold(:term${index}) || '%'`,
        { [`term${index}`]: term },
      ),
    );
    return query;
  }

  /** A user's registrations (a page is cut from it by `r.seq`). */
  waitlistPositions(registrationIds: string[]): Promise<Map<string, number>> {
    return waitlistPositions(this.dataSource.manager, registrationIds);
  }
}
