import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../common/index.js';
import { Membership } from './membership.entity.js';
import { Organization } from './organization.entity.js';

/** The SQL of the organization aggregate: the rows, the list a person may see, the lock. */
@Injectable()
export class OrganizationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(name: string): Promise<Organization> {
    return this.dataSource.manager.save(Organization, { name });
  }

  findById(organizationId: string): Promise<Organization | null> {
    return this.dataSource.manager.findOneBy(Organization, { id: organizationId });
  }

  /** Organizations by name; only those `memberId` belongs to when given. */
  async pageByName(request: PageRequest, memberId?: string): Promise<Page<Organization>> {
    const limit = pageSize(request);
    const query = this.dataSource.manager
      .createQueryBuilder(Organization, 'organization')
      .orderBy('organization.name', 'ASC')
      .addOrderBy('organization.id', 'ASC')
      .take(limit + 1);
    if (memberId !== undefined) {
      query.innerJoin(
        Membership,
        'membership',
        'membership.organizationId = organization.id AND membership.userId = :userId',
        {
          userId: memberId,
        },
      );
    }
    if (request.cursor) {
      const after = decodeCursor(request.cursor, 'text');
      query.andWhere('(organization.name, organization.id) > (:afterKey, :afterId)', {
        afterKey: after.key,
        afterId: after.id,
      });
    }
    return toPage(await query.getMany(), limit, (organization) => ({
      key: organization.name,
      id: organization.id,
    }));
  }

  /** Locks the organization row (`SELECT … FOR UPDATE`) until the transaction ends. */
  async lockForUpdate(manager: EntityManager, organizationId: string): Promise<void> {
    await manager.findOne(Organization, {
      where: { id: organizationId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * Deletes a person's staff assignments on every event of the organization. Raw SQL on purpose:
   * the events feature depends on this one, so its entities are not imported here.
   */
  async deleteStaffAssignments(
    manager: EntityManager,
    organizationId: string,
    userId: string,
  ): Promise<void> {
    await manager.query(
      'DELETE FROM event_staff WHERE user_id = $1 AND event_id IN (SELECT id FROM events WHERE organization_id = $2)',
      [userId, organizationId],
    );
  }
}
