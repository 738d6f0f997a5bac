/** BullMQ queues. */
export enum QueueName {
  Notifications = 'notifications',
  Reminders = 'reminders',
}

/** BullMQ job names; each belongs to one queue. */
export enum JobName {
  DeliverNotification = 'deliver-notification',
  /** Bring an event's planned reminders in line with PostgreSQL after a change. */
  PlanReminders = 'plan-reminders',
}

export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  [JobName.DeliverNotification]: QueueName.Notifications,
  [JobName.PlanReminders]: QueueName.Reminders,
};
