import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../../config/src/index.js';
import type { MailContent } from '../../../mail/src/mail-message.js';
import { membershipEmail } from '../../../mail/src/templates/membership.template.js';
import { welcomeEmail } from '../../../mail/src/templates/welcome.template.js';
import { User } from '../accounts/user.entity.js';
import { Membership } from '../organizations/membership.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import type { Notification } from './notification.entity.js';

/** What to send, or why nothing should be sent any more. */
export type Composition =
  | { send: true; to: { name: string; address: string }; content: MailContent }
  | { send: false; reason: string };

const skip = (reason: string): Composition => ({ send: false, reason });

/**
 * Builds an email from the current state in PostgreSQL (payloads carry ids only), and decides
 * when what it announces no longer applies.
 */
@Injectable()
export class NotificationComposer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async compose(notification: Notification): Promise<Composition> {
    const recipient = await this.dataSource.manager.findOneBy(User, {
      id: notification.recipientId,
    });
    if (!recipient) return skip('the recipient’s account no longer exists');
    const to = { name: recipient.fullName, address: recipient.email };
    const content = await this.content(notification, recipient);
    return 'reason' in content ? skip(content.reason) : { send: true, to, content };
  }

  private async content(
    notification: Notification,
    recipient: User,
  ): Promise<MailContent | { reason: string }> {
    const publicUrl = this.config.publicUrl;
    switch (notification.kind) {
      case 'welcome':
        return welcomeEmail({ fullName: recipient.fullName, publicUrl });
      case 'membership': {
        const [organization, membership] = await Promise.all([
          this.dataSource.manager.findOneBy(Organization, { id: notification.subjectId }),
          this.dataSource.manager.findOneBy(Membership, {
            organizationId: notification.subjectId,
            userId: recipient.id,
          }),
        ]);
        if (!organization || !membership)
          return { reason: 'no longer a member of the organization' };
        const role = notification.data.role === 'organizer' ? 'organizer' : 'staff';
        if (membership.role !== role)
          return { reason: `the role changed again (now ${membership.role})` };
        return membershipEmail({
          fullName: recipient.fullName,
          organizationName: organization.name,
          role,
          roleChanged: notification.data.roleChanged === true,
          publicUrl,
        });
      }
      default:
        return { reason: `no email is written for ${notification.kind} yet` };
    }
  }
}
