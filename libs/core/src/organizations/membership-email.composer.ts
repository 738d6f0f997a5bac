import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '#config/index.js';
import type { ComposedEmail, KindComposers } from '../notifications/compose.js';
import type { Notification } from '../notifications/notification.entity.js';
import type { Recipient } from '../notifications/recipient.js';
import { membershipEmail } from './membership.emails.js';
import { Membership } from './membership.entity.js';
import { Organization } from './organization.entity.js';

/** The emails of organizations: a membership given or a role changed, while it still holds. */
@Injectable()
export class MembershipEmailComposer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  readonly composers = {
    membership: (notification, recipient) => this.membership(notification, recipient),
  } satisfies KindComposers;

  private async membership(
    notification: Notification,
    recipient: Recipient,
  ): Promise<ComposedEmail> {
    const [organization, membership] = await Promise.all([
      this.dataSource.manager.findOneBy(Organization, { id: notification.subjectId }),
      this.dataSource.manager.findOneBy(Membership, {
        organizationId: notification.subjectId,
        userId: recipient.id,
      }),
    ]);
    if (!organization || !membership) return { reason: 'no longer a member of the organization' };
    const role = notification.data.role === 'organizer' ? 'organizer' : 'staff';
    if (membership.role !== role)
      return { reason: `the role changed again (now ${membership.role})` };
    return membershipEmail({
      fullName: recipient.fullName,
      organizationName: organization.name,
      role,
      roleChanged: notification.data.roleChanged === true,
      publicUrl: this.config.publicUrl,
    });
  }
}
