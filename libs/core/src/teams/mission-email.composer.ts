import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '#config/index.js';
import { User } from '../accounts/user.entity.js';
import { Event } from '../events/event.entity.js';
import type { ComposedEmail, KindComposers } from '../notifications/compose.js';
import { eventSummary } from '../notifications/event-summary.js';
import type { Notification } from '../notifications/notification.entity.js';
import type { Recipient } from '../notifications/recipient.js';
import { staffSubmissionEmail, submissionScoredEmail } from './mission.emails.js';
import { Submission } from './submission.entity.js';

/** The emails of missions: a team's submission, to the staff, and its score, to the team. */
@Injectable()
export class MissionEmailComposer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  readonly composers = {
    staff_submission: (notification, recipient) => this.submission(notification, recipient),
    submission_scored: (notification, recipient) => this.submission(notification, recipient),
  } satisfies KindComposers;

  private async submission(
    notification: Notification,
    recipient: Recipient,
  ): Promise<ComposedEmail> {
    const submission = await this.dataSource.manager.findOne(Submission, {
      where: { id: notification.subjectId },
      relations: { mission: true, team: true },
    });
    const event = submission?.mission
      ? await this.dataSource.manager.findOneBy(Event, { id: submission.mission.eventId })
      : null;
    if (!submission?.mission || !submission.team || !event)
      return { reason: 'the submission no longer exists' };
    const summary = eventSummary(event, this.config.publicUrl);
    if (notification.kind === 'staff_submission') {
      const author = await this.dataSource.manager.findOneBy(User, { id: submission.submittedBy });
      return staffSubmissionEmail({
        fullName: recipient.fullName,
        event: summary,
        team: submission.team.name,
        mission: submission.mission.title,
        submittedBy: author?.fullName ?? 'A member',
      });
    }
    if (submission.score === null) return { reason: 'the submission is not scored' };
    return submissionScoredEmail({
      fullName: recipient.fullName,
      event: summary,
      team: submission.team.name,
      mission: submission.mission.title,
      score: submission.score,
      maxScore: submission.mission.maxScore,
      feedback: submission.feedback,
    });
  }
}
