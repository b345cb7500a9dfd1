import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from './logger.js';
import { withTimeout } from './timeout.js';

/** Every background job, with its payload. Modules register their handlers at start-up. */
export interface JobMap {
  /** Deletes sessions past their expiry; hourly. */
  'sessions.purgeExpired': Record<string, never>;
  /** Sends one outbox mail right after the transaction that wrote it commits. */
  'mail.deliver': { mailId: string };
  /** Retries mails that failed or whose job was lost; every minute. */
  'mail.sweep': Record<string, never>;
  /** Ends waiting-list offers whose hold ran out and offers the places on; each minute and at each hold's end. */
  'waitlist.expireOffers': Record<string, never>;
  /** Tells staff about rentals out past their due time (once a day each); every 5 minutes and at each due time. */
  'rentals.remindOverdue': Record<string, never>;
  /** Opens the maintenance tasks that rules made due; every 15 minutes. */
  'maintenance.scan': Record<string, never>;
  /** Reminds staff of maintenance overdue or due today; hourly and after a scan that opened tasks. */
  'maintenance.remind': Record<string, never>;
  /** Recognises what expired packages and unredeemed voucher codes still hold (breakage); hourly. */
  'packages.expire': Record<string, never>;
  /** Reconciles the ledger, payments and bookings and records discrepancies; hourly. */
  'reconciliation.run': Record<string, never>;
}
export type JobName = keyof JobMap;
export type JobHandler<K extends JobName> = (data: JobMap[K]) => Promise<void>;

export interface EnqueueOptions {
  delayMs?: number;
  /** Same id twice while the first is pending enqueues once. */
  jobId?: string;
}

export interface Jobs {
  readonly kind: 'in-process' | 'bullmq';
  /** Registers the handler of a job; call before `start`. */
  define<K extends JobName>(name: K, handler: JobHandler<K>): void;
  enqueue<K extends JobName>(name: K, data: JobMap[K], options?: EnqueueOptions): Promise<void>;
  /** Runs a job every `everyMs`, once across all replicas in BullMQ mode. */
  every<K extends JobName>(name: K, everyMs: number, data: JobMap[K]): Promise<void>;
  start(): Promise<void>;
  /** Stops taking jobs and waits for running ones. */
  close(): Promise<void>;
}

const ATTEMPTS = 3;
const backoffMs = (attempt: number) => 1000 * 2 ** (attempt - 1);

/** Embedded mode: timers in this process, with the same retry policy as the queue. */
export function createInProcessJobs(log: Logger): Jobs {
  const handlers = new Map<JobName, JobHandler<JobName>>();
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  const pendingIds = new Set<string>();
  let closed = false;

  const run = (name: JobName, data: unknown, attempt: number, jobId?: string) => {
    const handler = handlers.get(name);
    if (!handler || closed) return;
    const task = handler(data as never)
      .then(() => {
        if (jobId) pendingIds.delete(jobId);
      })
      .catch((error: unknown) => {
        log.error({ err: error, job: name, attempt }, 'job failed');
        if (attempt < ATTEMPTS) schedule(name, data, backoffMs(attempt), attempt + 1, jobId);
        else if (jobId) pendingIds.delete(jobId);
      })
      .finally(() => running.delete(task));
    running.add(task);
  };
  const schedule = (
    name: JobName,
    data: unknown,
    delay: number,
    attempt: number,
    jobId?: string,
  ) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run(name, data, attempt, jobId);
    }, delay);
    timer.unref();
    timers.add(timer);
  };

  return {
    kind: 'in-process',
    define(name, handler) {
      handlers.set(name, handler as JobHandler<JobName>);
    },
    async enqueue(name, data, options = {}) {
      if (options.jobId) {
        if (pendingIds.has(options.jobId)) return;
        pendingIds.add(options.jobId);
      }
      schedule(name, data, options.delayMs ?? 0, 1, options.jobId);
    },
    async every(name, everyMs, data) {
      const timer = setInterval(() => run(name, data, ATTEMPTS), everyMs);
      timer.unref();
      timers.add(timer);
    },
    async start() {},
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}

/** Services mode: BullMQ on Redis; any replica may run a job, each job runs once. */
export function createBullJobs(options: {
  connection: () => ConnectionOptions;
  prefix: string;
  log: Logger;
}): Jobs {
  const handlers = new Map<JobName, JobHandler<JobName>>();
  const queueName = 'jobs';
  const prefix = `${options.prefix}bull`;
  const queue = new Queue(queueName, { connection: options.connection(), prefix });
  queue.on('error', (err) => options.log.error({ err }, 'job queue error'));
  let worker: Worker | null = null;

  return {
    kind: 'bullmq',
    define(name, handler) {
      handlers.set(name, handler as JobHandler<JobName>);
    },
    async enqueue(name, data, opts = {}) {
      await queue.add(name, data, {
        delay: opts.delayMs,
        jobId: opts.jobId,
        attempts: ATTEMPTS,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: 1000,
        removeOnFail: 5000,
      });
    },
    async every(name, everyMs, data) {
      await queue.upsertJobScheduler(name, { every: everyMs }, { name, data });
    },
    async start() {
      worker = new Worker(
        queueName,
        async (job) => {
          const handler = handlers.get(job.name as JobName);
          if (!handler) throw new Error(`no handler for job ${job.name}`);
          await handler(job.data);
        },
        { connection: options.connection(), prefix, concurrency: 4 },
      );
      worker.on('error', (err) => options.log.error({ err }, 'job worker error'));
      worker.on('failed', (job, err) =>
        options.log.error({ err, job: job?.name, attempt: job?.attemptsMade }, 'job failed'),
      );
      await worker.waitUntilReady();
    },
    async close() {
      // Wait for running jobs, but not forever: BullMQ reconnects with up to 20 s of backoff
      // and close() waits for that; past the budget, drop the connections instead.
      const graceful = Promise.all([worker?.close(), queue.close()]);
      const closed = await withTimeout(graceful, CLOSE_TIMEOUT_MS, 'jobs close timed out').then(
        () => true,
        () => false,
      );
      if (!closed) {
        options.log.warn('job queue did not close in time; disconnecting');
        void Promise.allSettled([worker?.disconnect(), queue.disconnect()]);
      }
    },
  };
}

const CLOSE_TIMEOUT_MS = 5000;
