import { UnrecoverableError, type Job } from 'bullmq';
import { JobName, QueueName } from '#queue/index.js';
import { jobDispatcher } from './job-dispatcher.js';

const job = (name: string, id = '42') => ({ name, id, data: {} }) as Job;

describe('job dispatcher', () => {
  const handled: string[] = [];
  const handlers = {
    [JobName.DeliverNotification]: async (job: Job) => {
      handled.push(`deliver ${job.id}`);
      return 'sent';
    },
    [JobName.FireReminders]: async () => 'fired',
    [JobName.DeliverBatch]: async () => 'batch',
  };

  it('hands each job to the handler of its name', async () => {
    const errors: string[] = [];
    const dispatch = jobDispatcher(QueueName.Notifications, handlers, {
      error: (message: string) => errors.push(message),
    });
    await expect(dispatch(job(JobName.DeliverNotification, '7'))).resolves.toBe('sent');
    await expect(dispatch(job(JobName.DeliverBatch))).resolves.toBe('batch');
    expect(handled).toEqual(['deliver 7']);
    expect(errors).toEqual([]);
  });

  it('fails a job with an unknown name for good, and logs its name and id', async () => {
    const errors: string[] = [];
    const dispatch = jobDispatcher(QueueName.Notifications, handlers, {
      error: (message: string) => errors.push(message),
    });
    const failure = dispatch(job('deliver-notifications', 'job-9'));
    await expect(failure).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(failure).rejects.toThrow('No handler for job name deliver-notifications');
    expect(errors).toEqual([
      'Job job-9 on the notifications queue has an unknown name: deliver-notifications',
    ]);
    // A name inherited from Object.prototype is no handler either.
    await expect(dispatch(job('constructor'))).rejects.toBeInstanceOf(UnrecoverableError);
  });

  it('refuses handlers that do not match the queue’s jobs', () => {
    const { [JobName.DeliverBatch]: _left, ...incomplete } = handlers;
    expect(() =>
      jobDispatcher(QueueName.Notifications, incomplete as typeof handlers, { error: () => 0 }),
    ).toThrow('no handler for job deliver-batch');
  });
});
