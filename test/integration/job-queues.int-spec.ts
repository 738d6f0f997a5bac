import { Redis } from 'ioredis';
import { JobName, JobQueues, QUEUE_OF_JOB, type QueuedJob } from '#queue/index.js';
import { deleteInstallKeys } from '../support/redis-keys.js';
import { REDIS_URL, testRun } from '../support/test-environment.js';

/** Redis that lost part of a job's keys: what a plain add and `ensure` make of it. */
describe('JobQueues.ensure', () => {
  const prefix = `${testRun().queuePrefix}-job-queues`;
  let redis: Redis;
  let queues: JobQueues;

  beforeAll(() => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    queues = new JobQueues(redis, prefix);
  });
  afterAll(async () => {
    await deleteInstallKeys(redis, prefix);
    await queues.close();
    redis.disconnect();
  });

  const fireJob = (id: string): QueuedJob => ({
    name: JobName.FireReminders,
    jobId: `fire-${id}`,
    payload: { eventId: id },
    runAt: new Date(Date.now() + 3600_000),
  });
  const queue = () => queues.queue(QUEUE_OF_JOB[JobName.FireReminders]);
  /** Keeps the job's hash and drops the sorted set of delayed jobs, as a partial wipe can. */
  const loseDelayedSet = () =>
    redis.del(`${prefix}:${QUEUE_OF_JOB[JobName.FireReminders]}:delayed`);

  it('a plain add leaves an orphaned job unqueued; ensure queues it again', async () => {
    const job = fireJob('orphan');
    await queues.add([job]);
    expect(await queue().getJobState(job.jobId)).toBe('delayed');
    await loseDelayedSet();
    await queues.add([job]);
    expect(await queue().getJobState(job.jobId)).toBe('unknown');

    expect(await queues.ensure([job])).toBe(1);
    expect(await queue().getJobState(job.jobId)).toBe('delayed');
    expect((await queue().getJob(job.jobId))?.data).toEqual({ eventId: 'orphan' });
  });

  it('leaves queued jobs alone and adds missing ones', async () => {
    const queued = fireJob('queued');
    const missing = fireJob('missing');
    await queues.add([queued]);
    const before = await queue().getJob(queued.jobId);
    expect(await queues.ensure([queued, missing])).toBe(0);
    expect(await queue().getJobState(missing.jobId)).toBe('delayed');
    expect((await queue().getJob(queued.jobId))?.timestamp).toBe(before?.timestamp);
  });
});
