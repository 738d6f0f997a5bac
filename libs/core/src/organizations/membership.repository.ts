import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Membership } from './membership.entity.js';
import { Organization } from './organization.entity.js';
import type { MembershipRole } from './membership-role.js';
import { pageByUniqueColumn, type Page, type PageRequest } from '../common/index.js';

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

  /** The organization and the person's membership of it, each null when gone. */
  async findWithOrganization(
    organizationId: string,
    userId: string,
  ): Promise<{ organization: Organization | null; membership: Membership | null }> {
    const [organization, membership] = await Promise.all([
      this.dataSource.manager.findOneBy(Organization, { id: organizationId }),
      this.dataSource.manager.findOneBy(Membership, { organizationId, userId }),
    ]);
    return { organization, membership };
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

  /** Members with their accounts, ordered by email. */
  pageForOrganization(organizationId: string, request: PageRequest): Promise<Page<Membership>> {
    const query = this.dataSource.manager
      .createQueryBuilder(Membership, 'membership')
      .innerJoinAndSelect('membership.user', 'user')
      .where('membership.organizationId = :organizationId', { organizationId });
    return pageByUniqueColumn(query, request, {
      expression: 'user.email',
      keyKind: 'text',
      keyOf: (membership) => membership.user!.email,
      idOf: (membership) => membership.userId,
    });
  }

  save(manager: EntityManager, membership: Partial<Membership>): Promise<Membership> {
    return manager.save(Membership, membership);
  }

  async delete(manager: EntityManager, organizationId: string, userId: string): Promise<void> {
    await manager.delete(Membership, { organizationId, userId });
  }

  countOrganizers(organizationId: string, manager: EntityManager): Promise<number> {
    return manager.countBy(Membership, { organizationId, role: 'organizer' });
  }
}
