/** BullMQ queues. */
export enum QueueName {
  Notifications = 'notifications',
  Reminders = 'reminders',
}

/** BullMQ job names; each belongs to one queue. */
export enum JobName {
  DeliverNotification = 'deliver-notification',
  /** Rebuild a session's reminders after it was created, moved or cancelled. */
  ReplanSessionReminders = 'replan-session-reminders',
}

export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  [JobName.DeliverNotification]: QueueName.Notifications,
  [JobName.ReplanSessionReminders]: QueueName.Reminders,
};
