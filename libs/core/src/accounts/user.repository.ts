import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { normalizeEmail } from './normalize-email.js';
import { User } from './user.entity.js';

@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  /**
   * Inserts unless the email exists; returns null on a duplicate. The unique index decides,
   * so two concurrent signups for one email cannot both succeed.
   */
  async insertIfAbsent(
    values: Pick<User, 'email' | 'fullName' | 'passwordHash' | 'isAdmin'>,
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
