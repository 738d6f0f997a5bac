import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Membership } from './membership.entity.js';
import type { MembershipRole } from './membership-role.js';

@Injectable()
export class MembershipRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(organizationId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<Membership | null> {
    return manager.findOneBy(Membership, { organizationId, userId });
  }

  roleOf(organizationId: string, userId: string): Promise<MembershipRole | null> {
    return this.find(organizationId, userId).then((membership) => membership?.role ?? null);
  }

  listForUser(userId: string): Promise<Membership[]> {
    return this.dataSource.manager.find(Membership, { where: { userId }, order: { createdAt: 'ASC' } });
  }

  listForOrganization(organizationId: string): Promise<Membership[]> {
    return this.dataSource.manager.find(Membership, {
      where: { organizationId },
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
  }

  countOrganizers(organizationId: string, manager: EntityManager): Promise<number> {
    return manager.countBy(Membership, { organizationId, role: 'organizer' });
  }
}
