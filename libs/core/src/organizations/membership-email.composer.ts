import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import type { ComposedEmail, KindComposers } from '../notifications/compose.js';
import type { Notification } from '../notifications/notification.entity.js';
import type { Recipient } from '../notifications/recipient.js';
import { membershipEmail } from './membership.emails.js';
import { MembershipRepository } from './membership.repository.js';

/** The emails of organizations: a membership given or a role changed, while it still holds. */
@Injectable()
export class MembershipEmailComposer {
  constructor(
    private readonly memberships: MembershipRepository,
    private readonly config: AppConfig,
  ) {}

  readonly composers = {
    membership: (notification, recipient) => this.membership(notification, recipient),
  } satisfies KindComposers;

  private async membership(
    notification: Notification,
    recipient: Recipient,
  ): Promise<ComposedEmail> {
    const { organization, membership } = await this.memberships.findWithOrganization(
      notification.subjectId,
      recipient.id,
    );
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
