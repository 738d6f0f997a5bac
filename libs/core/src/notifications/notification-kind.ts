/** Every kind of email Gofar sends (the contract's list). */
export const NOTIFICATION_KINDS = [
  'registration_received',
  'registration_confirmed',
  'registration_waitlisted',
  'registration_promoted',
  'registration_rejected',
  'registration_cancelled',
  'event_cancelled',
  'session_changed',
  'session_cancelled',
  'event_reminder',
  'session_reminder',
  'mission_reminder',
  'staff_registration',
  'staff_cancellation',
  'staff_event_cancelled',
  'staff_submission',
  'submission_scored',
  'staff_digest',
  'welcome',
  'membership',
  'email_verification',
  'password_reset',
  'invitation_letter_issued',
  'pickup_assigned',
  'pickup_changed',
  'pickup_reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_STATUSES = ['scheduled', 'sending', 'sent', 'failed', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
