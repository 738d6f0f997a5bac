import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DEFAULT_JOB_OPTIONS, JobName, QueueName } from '#queue/index.js';
import { signup } from './support/factories.js';
import { until } from './support/timing.js';
import type { RunningProcess } from './support/api-process.js';
import { SmtpSink } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import { REDIS_URL } from './support/test-environment.js';

let sink: SmtpSink;
let stack: Stack;
let worker: RunningProcess;
let connection: Redis;
let queue: Queue;

beforeAll(async () => {
  sink = await SmtpSink.start();
  stack = await Stack.start(sink.url);
  worker = await stack.startWorker();
  connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  queue = new Queue(QueueName.Notifications, {
    connection,
    prefix: stack.env.QUEUE_PREFIX!,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });
});

afterAll(async () => {
  await queue?.close();
  await connection?.quit();
  await stack?.stop();
  await sink?.stop();
});

it('fails a job whose name has no handler at once, sends nothing, and says which job it was', async () => {
  // The worker delivers real notifications: a welcome arrives.
  const { email } = await signup(stack.client, 'unknown-job');
  await sink.waitFor(() => sink.to(email).length === 1);
  const notification = (
    await stack.query<{ id: string }>(`SELECT id FROM notifications WHERE kind = 'welcome'`)
  )[0]!;
  const mailsBefore = sink.messages.length;

  // A misnamed job with a delivery's payload used to be taken for a delivery.
  const bogus = await queue.add(
    'deliver-notifications',
    { notificationId: notification.id },
    {
      jobId: 'bogus-1',
    },
  );
  expect(bogus.opts.attempts).toBeGreaterThan(1);
  const deadline = Date.now() + 20_000;
  while ((await queue.getJobState('bogus-1')) !== 'failed' && Date.now() < deadline)
    await until(Date.now() + 100);

  const failed = (await queue.getJob('bogus-1'))!;
  expect(await failed.getState()).toBe('failed');
  expect(failed.attemptsMade).toBe(1);
  expect(failed.failedReason).toBe(
    'No handler for job name deliver-notifications on the notifications queue',
  );
  expect(worker.output()).toContain(
    'Job bogus-1 on the notifications queue has an unknown name: deliver-notifications',
  );
  await until(Date.now() + 500);
  expect(sink.messages).toHaveLength(mailsBefore);

  // The queue goes on: a real job of the same payload still runs.
  await queue.add(
    JobName.DeliverNotification,
    { notificationId: notification.id },
    {
      jobId: 'real-1',
    },
  );
  while ((await queue.getJobState('real-1')) !== 'completed' && Date.now() < deadline + 20_000)
    await until(Date.now() + 100);
  expect(await queue.getJobState('real-1')).toBe('completed');
});
