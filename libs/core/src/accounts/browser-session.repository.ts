import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '#db/pool-query.js';
import { BrowserSession } from './browser-session.entity.js';
import type { User } from './user.entity.js';
import { userFromRow, userSelectList } from './user.repository.js';

/** A live session as a request needs it: its id, the hash of its secret, and its user. */
export type LiveSession = Pick<BrowserSession, 'id' | 'secretHash'> & { user: User };

/** The browser_sessions table. */
@Injectable()
export class BrowserSessionRepository {
  private readonly liveSessionSql: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.liveSessionSql = `SELECT s.id AS "sessionId", s.secret_hash AS "sessionSecretHash", ${userSelectList(dataSource, 'u')}
      FROM browser_sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND s.token_version >= u.token_version`;
  }

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
  async findLiveWithUser(sessionId: string): Promise<LiveSession | null> {
    // Read on every request with the cookie: one primary-key lookup, as a prepared statement.
    const [row] = await preparedQuery<{ sessionId: string; sessionSecretHash: string }>(
      this.dataSource,
      'gofar_request_session',
      this.liveSessionSql,
      [sessionId],
    );
    if (!row) return null;
    const { sessionId: id, sessionSecretHash: secretHash, ...user } = row;
    return { id, secretHash, user: userFromRow(user) };
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
