import type { MailContent } from '#mail/mail-message.js';
import { renderEmail } from '#mail/layout.js';
import type { EventSummary } from '../notifications/event-summary.js';

export function staffSubmissionEmail(data: {
  fullName: string;
  event: EventSummary;
  team: string;
  mission: string;
  submittedBy: string;
}): MailContent {
  return renderEmail({
    subject: `${data.team} submitted "${data.mission}"`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      `${data.submittedBy} submitted "${data.mission}" for ${data.team} in ${data.event.title}. It is ready to score.`,
    ],
    action: { label: 'Open the event', url: data.event.url },
  });
}

export function submissionScoredEmail(data: {
  fullName: string;
  event: EventSummary;
  team: string;
  mission: string;
  score: number;
  maxScore: number;
  feedback: string | null;
}): MailContent {
  return renderEmail({
    subject: `Scored: "${data.mission}" ${data.score}/${data.maxScore}`,
    greeting: `Hello ${data.fullName},`,
    paragraphs: [
      `${data.team}'s submission for "${data.mission}" in ${data.event.title} scored ${data.score} out of ${data.maxScore}.`,
      ...(data.feedback ? [`Feedback: ${data.feedback}`] : []),
    ],
    action: { label: 'See the leaderboard', url: data.event.url },
  });
}
