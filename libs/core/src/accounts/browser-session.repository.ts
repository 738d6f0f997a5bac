import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BrowserSession } from './browser-session.entity.js';

/** The browser_sessions table. */
@Injectable()
export class BrowserSessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    values: Pick<
      BrowserSession,
      'userId' | 'secretHash' | 'tokenVersion' | 'createdAt' | 'expiresAt'
    >,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(BrowserSession)
      .values(values)
      .returning('id')
      .execute();
    return (result.raw as { id: string }[])[0]!.id;
  }

  /**
   * A live session with its user, in one query: not revoked, not expired, and opened under the
   * user's current token version. Null for anything else.
   */
  findLiveWithUser(sessionId: string): Promise<BrowserSession | null> {
    return this.dataSource.manager
      .createQueryBuilder(BrowserSession, 'session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.id = :sessionId', { sessionId })
      .andWhere('session.revokedAt IS NULL')
      .andWhere('session.expiresAt > now()')
      .andWhere('session.tokenVersion >= user.tokenVersion')
      .getOne();
  }

  /** Revokes one session of the user (a sign-out); true when it was live. */
  async revoke(sessionId: string, userId: string): Promise<boolean> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(BrowserSession)
      .set({ revokedAt: () => 'now()' })
      .where('id = :sessionId AND user_id = :userId AND revoked_at IS NULL', { sessionId, userId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Revokes every session of the user still live. */
  async revokeAllOf(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(BrowserSession)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }
}
