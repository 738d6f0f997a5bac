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
  /** Up to a few dozen reminders of one reminder time, delivered by one job. */
  DeliverBatch = 'deliver-batch',
  /** Bring an event's planned reminders in line with PostgreSQL after a change. */
  PlanReminders = 'plan-reminders',
  /** The periodic rebuild of what Redis should hold, from PostgreSQL (one job scheduler). */
  Reconcile = 'reconcile',
  /** A staff digest of one event and local day, at 07:00 there. */
  SendDigest = 'send-digest',
  /** Someone no longer confirmed leaves their team (written by the registrations feature). */
  LeaveTeams = 'leave-teams',
  /** Registrations whose confirmation began or ended: their airports' pickups re-plan. */
  SyncPickups = 'sync-pickups',
}

/** The queue of each job name (kept literal, so JobsOf can list a queue's jobs). */
export const QUEUE_OF_JOB = {
  [JobName.DeliverNotification]: QueueName.Notifications,
  [JobName.FireReminders]: QueueName.Notifications,
  [JobName.DeliverBatch]: QueueName.Notifications,
  [JobName.PlanReminders]: QueueName.Reminders,
  [JobName.Reconcile]: QueueName.Reminders,
  [JobName.SendDigest]: QueueName.Reminders,
  [JobName.LeaveTeams]: QueueName.Reminders,
  [JobName.SyncPickups]: QueueName.Reminders,
} as const satisfies Record<JobName, QueueName>;

/** The job names of one queue, e.g. `JobsOf<QueueName.Reminders>`. */
export type JobsOf<Q extends QueueName> = {
  [J in JobName]: (typeof QUEUE_OF_JOB)[J] extends Q ? J : never;
}[JobName];

/** The id of the reconciliation's job scheduler: fixed, so any number of workers share one. */
export const RECONCILE_SCHEDULER_ID = 'reconcile';
