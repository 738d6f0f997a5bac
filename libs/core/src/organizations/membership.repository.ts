import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Membership } from './membership.entity.js';
import type { MembershipRole } from './membership-role.js';
import {
  decodeCursor,
  pageSize,
  toPage,
  type Page,
  type PageRequest,
} from '../common/pagination.js';

@Injectable()
export class MembershipRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(
    organizationId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Membership | null> {
    return manager.findOneBy(Membership, { organizationId, userId });
  }

  roleOf(organizationId: string, userId: string): Promise<MembershipRole | null> {
    return this.find(organizationId, userId).then((membership) => membership?.role ?? null);
  }

  listForUser(userId: string): Promise<Membership[]> {
    return this.dataSource.manager.find(Membership, {
      where: { userId },
      order: { createdAt: 'ASC' },
    });
  }

  /** Members with their accounts, ordered by email (unique, so it is its own tie-breaker). */
  async pageForOrganization(
    organizationId: string,
    request: PageRequest,
  ): Promise<Page<Membership>> {
    const limit = pageSize(request);
    const query = this.dataSource.manager
      .createQueryBuilder(Membership, 'membership')
      .innerJoinAndSelect('membership.user', 'user')
      .where('membership.organizationId = :organizationId', { organizationId })
      .orderBy('user.email', 'ASC')
      .take(limit + 1);
    if (request.cursor)
      query.andWhere('user.email > :afterEmail', { afterEmail: decodeCursor(request.cursor).key });
    return toPage(await query.getMany(), limit, (membership) => ({
      key: membership.user!.email,
      id: membership.userId,
    }));
  }

  countOrganizers(organizationId: string, manager: EntityManager): Promise<number> {
    return manager.countBy(Membership, { organizationId, role: 'organizer' });
  }
}
