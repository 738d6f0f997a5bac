import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccountToken, type AccountTokenKind } from './account-token.entity.js';

/** The account_tokens table: link tokens, by hash. */
@Injectable()
export class AccountTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Voids the user's unused tokens of this kind (a newer link replaces them). */
  async voidUnused(manager: EntityManager, userId: string, kind: AccountTokenKind): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(AccountToken)
      .set({ voidedAt: () => 'now()' })
      .where('user_id = :userId AND kind = :kind AND used_at IS NULL AND voided_at IS NULL', {
        userId,
        kind,
      })
      .execute();
  }

  async insert(
    manager: EntityManager,
    values: Pick<AccountToken, 'userId' | 'kind' | 'tokenHash' | 'createdAt' | 'expiresAt'>,
  ): Promise<void> {
    await manager.createQueryBuilder().insert().into(AccountToken).values(values).execute();
  }

  /**
   * Uses a token: marks it used if it is of this kind, unused, not voided and not expired, in
   * one statement (two requests with one token cannot both succeed). Returns its user's id.
   */
  async use(
    manager: EntityManager,
    kind: AccountTokenKind,
    tokenHash: string,
  ): Promise<string | null> {
    const result = await manager
      .createQueryBuilder()
      .update(AccountToken)
      .set({ usedAt: () => 'now()' })
      .where(
        'token_hash = :tokenHash AND kind = :kind AND used_at IS NULL AND voided_at IS NULL AND expires_at > now()',
        { tokenHash, kind },
      )
      .returning('user_id')
      .execute();
    return (result.raw as { user_id: string }[])[0]?.user_id ?? null;
  }
}
