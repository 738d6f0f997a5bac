import { JobName, QueueName } from '#queue/index.js';
import { assertHandlers, handlerProblems } from './job-handlers.js';

describe('a queue worker’s handlers', () => {
  it('match every job name of each queue as Gofar lists them', () => {
    expect(
      handlerProblems(QueueName.Notifications, [
        JobName.DeliverNotification,
        JobName.FireReminders,
        JobName.DeliverBatch,
      ]),
    ).toEqual([]);
    expect(
      handlerProblems(QueueName.Reminders, [
        JobName.PlanReminders,
        JobName.Reconcile,
        JobName.SendDigest,
        JobName.LeaveTeams,
        JobName.SyncPickups,
      ]),
    ).toEqual([]);
  });

  it('name a job of the queue that has no handler', () => {
    expect(
      handlerProblems(QueueName.Reminders, [
        JobName.PlanReminders,
        JobName.Reconcile,
        JobName.LeaveTeams,
        JobName.SyncPickups,
      ]),
    ).toEqual(['no handler for job send-digest']);
  });

  it('name a handler for another queue’s job, or for no job at all', () => {
    const queueOfJob = { a: QueueName.Notifications, b: QueueName.Reminders };
    expect(handlerProblems(QueueName.Notifications, ['a', 'b', 'c'], queueOfJob)).toEqual([
      'a handler for job b, which belongs to the reminders queue',
      'a handler for c, which is not a job name',
    ]);
    expect(handlerProblems(QueueName.Notifications, ['toString'], {})).toEqual([
      'a handler for toString, which is not a job name',
    ]);
  });

  it('stop the worker from starting, saying why', () => {
    expect(() => assertHandlers(QueueName.Notifications, [JobName.DeliverNotification])).toThrow(
      'The notifications queue’s worker cannot start: no handler for job fire-reminders; no handler for job deliver-batch',
    );
  });
});
