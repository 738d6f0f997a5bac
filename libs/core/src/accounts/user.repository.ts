import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '#db/pool-query.js';
import { normalizeEmail } from './normalize-email.js';
import { User } from './user.entity.js';

/**
 * The select list of a user as TypeORM would read it (every selected column under its property
 * name, so the password hash stays out), for the statements written by hand below. Built from
 * the entity's metadata, so a new column is read without anyone touching these statements.
 */
export function userSelectList(dataSource: DataSource, alias: string): string {
  return dataSource
    .getMetadata(User)
    .columns.filter((column) => column.isSelect)
    .map((column) => `${alias}."${column.databaseName}" AS "${column.propertyName}"`)
    .join(', ');
}

/** A User from a row selected with userSelectList (pg already gives dates, numbers and booleans). */
export const userFromRow = (row: object): User => Object.assign(new User(), row);

@Injectable()
export class UserRepository {
  private readonly requestUserSql: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.requestUserSql = `SELECT ${userSelectList(dataSource, 'u')} FROM users u WHERE u.id = $1 AND u.token_version <= $2`;
  }

  /**
   * The user a bearer token names, if the token's version still counts for them (a password
   * change, a reset or "sign out everywhere" raises the user's): the per-request check, one
   * primary-key lookup as a prepared statement.
   */
  async findForToken(id: string, tokenVersion: number): Promise<User | null> {
    const [row] = await preparedQuery<object>(
      this.dataSource,
      'gofar_request_user',
      this.requestUserSql,
      [id, tokenVersion],
    );
    return row ? userFromRow(row) : null;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.findOneBy(User, { id });
  }

  findByEmail(
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<User | null> {
    return manager.findOneBy(User, { email: normalizeEmail(email) });
  }

  /** The user with the password hash, which is not selected by default. */
  findWithPasswordHash(email: string): Promise<User | null> {
    return this.dataSource.manager
      .createQueryBuilder(User, 'user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email: normalizeEmail(email) })
      .getOne();
  }

  /** The password hash of an account, by id; null when it is gone. */
  async passwordHashOf(id: string): Promise<string | null> {
    const user = await this.dataSource.manager
      .createQueryBuilder(User, 'user')
      .select(['user.id', 'user.passwordHash'])
      .where('user.id = :id', { id })
      .getOne();
    return user?.passwordHash ?? null;
  }

  /**
   * Raises the user's token version (revoking every token and session issued before), and sets
   * a new password hash when given. Returns the user as it now is.
   */
  async raiseTokenVersion(
    manager: EntityManager,
    id: string,
    passwordHash?: string,
  ): Promise<User | null> {
    await manager
      .createQueryBuilder()
      .update(User)
      .set({
        tokenVersion: () => 'token_version + 1',
        ...(passwordHash !== undefined ? { passwordHash } : {}),
      })
      .where('id = :id', { id })
      .execute();
    return this.findById(id, manager);
  }

  /** Marks the address verified (the first time only). */
  async markEmailVerified(manager: EntityManager, id: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(User)
      .set({ emailVerifiedAt: () => 'coalesce(email_verified_at, now())' })
      .where('id = :id', { id })
      .execute();
  }

  /** Changes the profile fields given (absent ones stay). */
  async updateProfile(
    id: string,
    changes: Partial<Pick<User, 'fullName' | 'locale' | 'timezone'>>,
  ): Promise<User | null> {
    if (Object.keys(changes).length) await this.dataSource.manager.update(User, { id }, changes);
    return this.findById(id);
  }

  /**
   * Inserts unless the email exists; returns null on a duplicate. The unique index decides,
   * so two concurrent signups for one email cannot both succeed.
   */
  async insertIfAbsent(
    values: Pick<User, 'email' | 'fullName' | 'passwordHash' | 'isAdmin'> &
      Partial<Pick<User, 'emailVerifiedAt'>>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<User | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values({ ...values, email: normalizeEmail(values.email) })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? this.findById(id, manager) : null;
  }
}
