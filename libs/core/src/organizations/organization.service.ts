import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import { UserRepository } from '../accounts/index.js';
import type { User } from '../accounts/index.js';
import { forbidden, notFound, type Page, type PageRequest } from '../common/index.js';
import { NotificationSchedulerService } from '../notifications/notification-scheduler.service.js';
import { MembershipRepository } from './membership.repository.js';
import type { Membership } from './membership.entity.js';
import type { MembershipRole } from './membership-role.js';
import type { Organization } from './organization.entity.js';
import { OrganizationRepository } from './organization.repository.js';
import { lastOrganizer } from './organizations.errors.js';

export interface MembershipChange {
  membership: Membership;
  /** True when the person was not a member before; false when only the role changed (or nothing). */
  created: boolean;
}

@Injectable()
export class OrganizationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly organizations: OrganizationRepository,
    private readonly notifications: NotificationSchedulerService,
  ) {}

  create(actor: User, name: string): Promise<Organization> {
    if (!actor.isAdmin) throw forbidden('Only an admin can create organizations');
    return this.organizations.create(name.trim());
  }

  /** Organizations the actor may see: all for an admin, else those they belong to; by name. */
  listVisible(actor: User, request: PageRequest): Promise<Page<Organization>> {
    return this.organizations.pageByName(request, actor.isAdmin ? undefined : actor.id);
  }

  /** An organization is visible to admins and its members; to anyone else it does not exist. */
  async getVisible(actor: User, organizationId: string): Promise<Organization> {
    const organization = await this.organizations.findById(organizationId);
    if (!organization) throw notFound('Organization');
    if (!actor.isAdmin && !(await this.memberships.find(organizationId, actor.id)))
      throw notFound('Organization');
    return organization;
  }

  async listMembers(
    actor: User,
    organizationId: string,
    request: PageRequest,
  ): Promise<Page<Membership>> {
    await this.getVisible(actor, organizationId);
    return this.memberships.pageForOrganization(organizationId, request);
  }

  async setMember(
    actor: User,
    organizationId: string,
    email: string,
    role: MembershipRole,
  ): Promise<MembershipChange> {
    await this.assertCanManage(actor, organizationId);
    const user = await this.users.findByEmail(email);
    if (!user) throw notFound('User');
    return inTransaction(this.dataSource, async (manager) => {
      await this.lockOrganization(manager, organizationId);
      const existing = await this.memberships.find(organizationId, user.id, manager);
      if (existing && existing.role === 'organizer' && role !== 'organizer') {
        await this.assertNotLastOrganizer(manager, organizationId);
      }
      if (existing?.role === role) return { membership: existing, created: false };
      const membership = await this.memberships.save(
        manager,
        existing ? Object.assign(existing, { role }) : { organizationId, userId: user.id, role },
      );
      await this.notifications.schedule(manager, {
        kind: 'membership',
        subjectId: organizationId,
        recipientId: user.id,
        data: { role, roleChanged: existing !== null },
      });
      return { membership, created: existing === null };
    });
  }

  /** Removes a member and, in the same transaction, their staff assignments on its events. */
  async removeMember(actor: User, organizationId: string, userId: string): Promise<void> {
    await this.assertCanManage(actor, organizationId);
    await inTransaction(this.dataSource, async (manager) => {
      await this.lockOrganization(manager, organizationId);
      const existing = await this.memberships.find(organizationId, userId, manager);
      if (!existing) throw notFound('Membership');
      if (existing.role === 'organizer') await this.assertNotLastOrganizer(manager, organizationId);
      await this.memberships.delete(manager, organizationId, userId);
      // Written here rather than through the outbox on purpose: a staff assignment grants access
      // to the event's participants, and a removed member must lose it when this commits.
      await this.organizations.deleteStaffAssignments(manager, organizationId, userId);
    });
  }

  /** Admins and the organization's organizers manage members; other members see but may not. */
  private async assertCanManage(actor: User, organizationId: string): Promise<void> {
    await this.getVisible(actor, organizationId);
    if (actor.isAdmin) return;
    if ((await this.memberships.roleOf(organizationId, actor.id)) !== 'organizer') {
      throw forbidden('Only an organizer of this organization can manage its members');
    }
  }

  /** Serialises membership changes per organization so "the last organizer" is counted safely. */
  private async lockOrganization(manager: EntityManager, organizationId: string): Promise<void> {
    await this.organizations.lockForUpdate(manager, organizationId);
  }

  private async assertNotLastOrganizer(
    manager: EntityManager,
    organizationId: string,
  ): Promise<void> {
    if ((await this.memberships.countOrganizers(organizationId, manager)) <= 1)
      throw lastOrganizer();
  }
}
