import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import { AppConfig } from '#config/index.js';
import { StaffDigestService } from '#core/digests/index.js';
import { errorSummary } from '#db/log-safe-error.js';
import { ReminderPlannerService, ReminderReconcilerService } from '#core/reminders/index.js';
import { TeamService } from '#core/teams/index.js';
import { PickupService } from '#core/travel/index.js';
import {
  JobName,
  JobQueues,
  QUEUE_OF_JOB,
  QueueName,
  RECONCILE_SCHEDULER_ID,
  jobId,
} from '#queue/index.js';
import type { JobPayloads } from '#core/jobs/index.js';
import { jobDispatcher } from '../job-dispatcher.js';
import type { QueueHandlers } from '../job-handlers.js';
import { startQueueWorker } from '../queue-worker.js';
import { DigestJobs } from './digest-jobs.js';

/** Plans run under a per-event lock; a few at once keep several events moving. */
const CONCURRENCY = 4;
/** Reconciliation looks at least this far ahead (and at least two intervals). */
const MIN_HORIZON_MS = 24 * 3600_000;

/**
 * Consumes the reminders queue: re-plans after changes, the reconciliation tick, staff digests,
 * and team places left by registrations no longer confirmed. Keeps the reconciliation's job
 * scheduler in place, also after Redis lost it.
 */
@Injectable()
export class ReminderProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReminderProcessor.name);
  private worker: Worker | null = null;
  private schedulerTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly planner: ReminderPlannerService,
    private readonly reconciler: ReminderReconcilerService,
    private readonly digests: StaffDigestService,
    private readonly digestJobs: DigestJobs,
    private readonly teams: TeamService,
    private readonly pickups: PickupService,
    @Inject(JobQueues) private readonly queues: JobQueues,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const dispatch = jobDispatcher(QueueName.Reminders, this.handlers, this.logger);
    this.worker = startQueueWorker(
      this.config,
      QueueName.Reminders,
      (job) => this.timed(job, dispatch),
      {
        concurrency: CONCURRENCY,
        logger: this.logger,
      },
    );
    await this.ensureReconcileScheduler();
    // Upserting an unchanged scheduler keeps its next run; doing it again now and then brings
    // it back if Redis lost its keys.
    this.schedulerTimer = setInterval(
      () => void this.ensureReconcileScheduler(),
      this.config.reconcileIntervalSeconds * 1000,
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.schedulerTimer) clearInterval(this.schedulerTimer);
    await this.worker?.close();
  }

  private async ensureReconcileScheduler(): Promise<void> {
    try {
      await this.queues.queue(QueueName.Reminders).upsertJobScheduler(
        RECONCILE_SCHEDULER_ID,
        { every: this.config.reconcileIntervalSeconds * 1000 },
        {
          name: JobName.Reconcile,
          data: {},
          opts: { removeOnComplete: true, removeOnFail: 100 },
        },
      );
    } catch (error) {
      this.logger.warn(`Could not set up the reconciliation schedule: ${errorSummary(error)}`);
    }
  }

  /** One log line per job, with how long it took. */
  private async timed(job: Job, dispatch: (job: Job) => Promise<string>): Promise<string> {
    const started = performance.now();
    const outcome = await dispatch(job);
    this.logger.log(
      `${job.name} ${job.id}: ${outcome} in ${Math.round(performance.now() - started)} ms`,
    );
    return outcome;
  }

  /** One handler per job name of the queue; checked again when the worker starts. */
  private readonly handlers = {
    [JobName.PlanReminders]: (job) => this.plan(job.data),
    [JobName.Reconcile]: () => this.reconcile(),
    [JobName.SendDigest]: (job) => this.sendDigest(job.data),
    [JobName.LeaveTeams]: (job) => this.leaveTeams(job.data),
    [JobName.SyncPickups]: (job) => this.syncPickups(job.data),
  } satisfies QueueHandlers<QueueName.Reminders>;

  private async plan(request: JobPayloads[JobName.PlanReminders]): Promise<string> {
    const outcome = await this.planner.plan(request, (ids) => this.removeReminderJobs(ids));
    // Session and event changes can move the day's first session, and so its digest.
    const digests =
      request.userId || request.missionId ? 0 : await this.digestJobs.sync(request.eventId);
    return `${outcome.planned} planned, ${outcome.withdrawn} withdrawn, ${digests} digests queued`;
  }

  private async reconcile(): Promise<string> {
    const horizon = Math.max(MIN_HORIZON_MS, 2 * this.config.reconcileIntervalSeconds * 1000);
    const result = await this.reconciler.run(horizon, (ids) => this.removeReminderJobs(ids));
    const repaired = await this.queues.ensure(result.jobs);
    await this.retryPlans(result.failedEventIds);
    let digests = 0;
    let digestFailures = 0;
    // Digests do not depend on the reminders' plan: an event whose plan failed keeps them.
    for (const eventId of [...result.eventIds, ...result.failedEventIds]) {
      try {
        digests += await this.digestJobs.sync(eventId);
      } catch (error) {
        digestFailures += 1;
        this.logger.warn(`Event ${eventId}: syncing its digests failed: ${errorSummary(error)}`);
      }
    }
    return `${result.eventIds.length} events re-planned, ${result.failedEventIds.length} failed, ${result.jobs.length} jobs ensured (${repaired} repaired), ${digests} digests queued, ${digestFailures} digest syncs failed${result.full ? ' (first tick: every running or coming event)' : ''}`;
  }

  /** A registration no longer confirmed leaves its team (written by the registrations feature). */
  private async leaveTeams({ registrationIds }: JobPayloads[JobName.LeaveTeams]): Promise<string> {
    const removed = await this.teams.removeRegistrationsFromTeams(registrationIds);
    return `${removed} team places left`;
  }

  /** Registrations that became or stopped being confirmed: their airports' pickups re-plan. */
  private async syncPickups({
    eventId,
    registrationIds,
  }: JobPayloads[JobName.SyncPickups]): Promise<string> {
    const airports = await this.pickups.syncRegistrations(eventId, registrationIds);
    return `${airports} airports re-planned`;
  }

  private async sendDigest(payload: JobPayloads[JobName.SendDigest]): Promise<string> {
    const outcome = await this.digests.send(payload);
    return 'skipped' in outcome
      ? `skipped: ${outcome.skipped}`
      : `${outcome.queued} digests queued`;
  }

  /**
   * Gives each event whose re-plan failed in a tick a plan job of its own, so a passing fault
   * (a lock timeout, a deadlock) is retried within seconds with BullMQ's backoff instead of at
   * the next tick, away from the tick and the other events. One such job per event at a time:
   * its id is fixed and it is removed when it ends, so a lasting fault does not pile up jobs;
   * the next tick tries the event again and, if it still fails, starts another.
   */
  private async retryPlans(eventIds: string[]): Promise<void> {
    const queue = this.queues.queue(QUEUE_OF_JOB[JobName.PlanReminders]);
    const requestedAt = new Date().toISOString();
    for (const eventId of eventIds)
      await queue.add(
        JobName.PlanReminders,
        { eventId, requestedAt } satisfies JobPayloads[JobName.PlanReminders],
        {
          jobId: jobId(JobName.PlanReminders, eventId, 'retry'),
          removeOnComplete: true,
          removeOnFail: true,
        },
      );
  }

  /**
   * Removes the delayed jobs of reminder times nobody is left for, so they do not wake a worker
   * for nothing. A job that is running cannot be removed; it finds nothing scheduled to send.
   */
  private async removeReminderJobs(jobIds: string[]): Promise<void> {
    const queue = this.queues.queue(QUEUE_OF_JOB[JobName.FireReminders]);
    await Promise.all(jobIds.map((id) => queue.remove(id).catch(() => 0)));
  }
}
