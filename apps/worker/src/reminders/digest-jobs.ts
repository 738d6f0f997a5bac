import { Inject, Injectable } from '@nestjs/common';
import { digestJobId, StaffDigestService } from '#core/digests/index.js';
import { JobName, JobQueues, QUEUE_OF_JOB } from '#queue/index.js';

/**
 * Keeps one delayed job per event and local day (`digest-<eventId>-<date>`) at that day's
 * digest time. A day whose first session moved to another zone gets its job replaced; one
 * that is running or done is left alone (the notifications table keeps a digest to once per person).
 * A job whose hash outlived its place in Redis's lists is replaced too.
 */
@Injectable()
export class DigestJobs {
  constructor(
    private readonly digests: StaffDigestService,
    @Inject(JobQueues) private readonly queues: JobQueues,
  ) {}

  async sync(eventId: string): Promise<number> {
    const queue = this.queues.queue(QUEUE_OF_JOB[JobName.SendDigest]);
    const wanted = [];
    for (const moment of await this.digests.schedule(eventId)) {
      const jobId = digestJobId(eventId, moment.date);
      const fireAt = moment.fireAt.toISOString();
      const existing = await queue.getJob(jobId);
      if (existing) {
        const state = await existing.getState();
        // 'unknown': a hash Redis kept without its place in a list; it would never run.
        const orphan = state === 'unknown';
        if (!orphan && existing.data.fireAt === fireAt) continue;
        if (!orphan && state !== 'delayed' && state !== 'waiting') continue;
        await existing.remove().catch(() => undefined);
      }
      wanted.push({
        name: JobName.SendDigest,
        jobId,
        payload: { eventId, date: moment.date, fireAt },
        runAt: moment.fireAt,
      });
    }
    await this.queues.add(wanted);
    return wanted.length;
  }
}
