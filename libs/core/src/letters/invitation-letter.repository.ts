import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Registration } from '../registrations/registration.entity.js';
import { InvitationLetter, type LetterRevokedReason } from './invitation-letter.entity.js';

/** The SQL of invitation letters. Methods that run inside a transaction take its manager. */
@Injectable()
export class InvitationLetterRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Marks the current letter of a registration and country superseded; returns how many. */
  async supersedeCurrent(
    manager: EntityManager,
    registrationId: string,
    country: string,
    at: Date,
  ): Promise<number> {
    const result = await manager.update(
      InvitationLetter,
      { registrationId, country, supersededAt: IsNull() },
      { supersededAt: at },
    );
    return result.affected ?? 0;
  }

  insert(manager: EntityManager, letter: Partial<InvitationLetter>): Promise<InvitationLetter> {
    return manager.save(InvitationLetter, manager.create(InvitationLetter, letter));
  }

  /** The letter in force for a registration and country (not superseded), if any. */
  current(registrationId: string, country: string): Promise<InvitationLetter | null> {
    return this.dataSource.manager.findOneBy(InvitationLetter, {
      registrationId,
      country,
      supersededAt: IsNull(),
    });
  }

  /** The letters in force for these registrations, for their pages. */
  currentFor(registrationIds: string[]): Promise<InvitationLetter[]> {
    if (!registrationIds.length) return Promise.resolve([]);
    return this.dataSource.manager.find(InvitationLetter, {
      where: { registrationId: In(registrationIds), supersededAt: IsNull() },
      order: { country: 'ASC' },
    });
  }

  /** A letter with its event, for the email that announces it. */
  findWithEvent(id: string): Promise<InvitationLetter | null> {
    return this.dataSource.manager.findOne(InvitationLetter, {
      where: { id },
      relations: { event: true },
    });
  }

  /** A letter by its canonical reference, with its registration (whose status decides validity). */
  findByReference(reference: string): Promise<InvitationLetter | null> {
    return this.dataSource.manager.findOne(InvitationLetter, {
      where: { reference },
      relations: { registration: true, event: true },
    });
  }

  /**
   * Erases the content of these registrations' letters and marks them no longer valid: the
   * hook for erasing an account (`account_erased`) and for the retention sweep (`retention`),
   * to be called in their transactions. The reference and dates stay, so a consulate checking
   * an old letter learns it is no longer valid rather than that it never existed.
   */
  async revokeForRegistrations(
    manager: EntityManager,
    registrationIds: string[],
    reason: LetterRevokedReason,
    at = new Date(),
  ): Promise<number> {
    if (!registrationIds.length) return 0;
    const result = await manager
      .createQueryBuilder()
      .update(InvitationLetter)
      .set({ snapshotEncrypted: null, snapshotKeyId: null, revokedAt: at, revokedReason: reason })
      .where({ registrationId: In(registrationIds), revokedAt: IsNull() })
      .execute();
    return result.affected ?? 0;
  }

  /** Locks the registration's row for the issue of a letter (one issue at a time per person). */
  lockRegistration(manager: EntityManager, registrationId: string): Promise<Registration | null> {
    return manager.findOne(Registration, {
      where: { id: registrationId },
      lock: { mode: 'pessimistic_write' },
    });
  }
}
