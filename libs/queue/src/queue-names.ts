/** BullMQ queues. */
export enum QueueName {
  Notifications = 'notifications',
  Reminders = 'reminders',
}

/** BullMQ job names; each belongs to one queue. */
export enum JobName {
  DeliverNotification = 'deliver-notification',
  /** At a reminder time: queue the delivery of every reminder still scheduled for it. */
  FireReminders = 'fire-reminders',
  /** Bring an event's planned reminders in line with PostgreSQL after a change. */
  PlanReminders = 'plan-reminders',
}

export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  [JobName.DeliverNotification]: QueueName.Notifications,
  [JobName.FireReminders]: QueueName.Notifications,
  [JobName.PlanReminders]: QueueName.Reminders,
};
