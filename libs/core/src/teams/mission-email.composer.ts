import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import { UserRepository } from '../accounts/index.js';
import type { ComposedEmail, KindComposers } from '../notifications/compose.js';
import { eventSummary } from '../notifications/event-summary.js';
import type { Notification } from '../notifications/notification.entity.js';
import type { Recipient } from '../notifications/recipient.js';
import { staffSubmissionEmail, submissionScoredEmail } from './mission.emails.js';
import { MissionRepository } from './mission.repository.js';

/** The emails of missions: a team's submission, to the staff, and its score, to the team. */
@Injectable()
export class MissionEmailComposer {
  constructor(
    private readonly missions: MissionRepository,
    private readonly users: UserRepository,
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
    const found = await this.missions.submissionForEmail(notification.subjectId);
    if (!found) return { reason: 'the submission no longer exists' };
    const { submission, event } = found;
    const summary = eventSummary(event, this.config.publicUrl);
    if (notification.kind === 'staff_submission') {
      const author = await this.users.findById(submission.submittedBy);
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
