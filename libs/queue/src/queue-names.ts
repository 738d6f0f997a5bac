/** BullMQ queues. */
export enum QueueName {
  Notifications = 'notifications',
}

/** BullMQ job names; each belongs to one queue. */
export enum JobName {
  DeliverNotification = 'deliver-notification',
}

export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  [JobName.DeliverNotification]: QueueName.Notifications,
};
