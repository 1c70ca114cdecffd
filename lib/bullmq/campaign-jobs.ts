import type { Queue } from 'bullmq';
import { batchJobId } from './ledger/campaign-keys.js';
import type { JobSchedule } from './ledger/campaign-ledger.js';

/** A batch job's data: which batch of which campaign. Its receptors and message are in the ledger. */
export interface BatchJobData {
  campaign: string;
  index: number;
}

/** How many job removals are under way at once. */
const REMOVALS_AT_ONCE = 500;

/**
 * The campaigns' jobs in the BullMQ queue: one per batch, with a job id made of the campaign's id and the batch's
 * index, removed once completed (the ledger keeps what became of the batch).
 */
export class CampaignJobs {
  readonly #queue: Queue<BatchJobData>;

  constructor(queue: Queue<BatchJobData>) {
    this.#queue = queue;
  }

  /**
   * Adds the jobs of batches `indexes` of campaign `id`, on its schedule; those queued again by resume
   * `generation` get ids of their own. A job id already there is kept.
   */
  async add(
    id: string,
    indexes: readonly number[],
    { sendAt, retry }: JobSchedule,
    generation = 0,
  ): Promise<void> {
    if (indexes.length === 0) return;
    const delay = sendAt === undefined ? 0 : Math.max(0, sendAt.getTime() - Date.now());
    await this.#queue.addBulk(
      indexes.map((index) => ({
        name: 'batch',
        data: { campaign: id, index },
        opts: {
          jobId: batchJobId(id, index, generation),
          delay,
          attempts: retry.attempts,
          backoff: { type: 'exponential', delay: retry.baseDelayMs },
          removeOnComplete: true,
          removeOnFail: { count: 1_000 },
        },
      })),
    );
  }

  /**
   * Takes the jobs of batches `indexes` out of the queue, those first queued and those queued again by resume
   * `generation`; returns the indexes none of whose jobs is being worked on (those a worker holds finish there).
   */
  async withdraw(id: string, indexes: readonly number[], generation: number): Promise<number[]> {
    const withdrawn: number[] = [];
    for (let start = 0; start < indexes.length; start += REMOVALS_AT_ONCE) {
      const slice = indexes.slice(start, start + REMOVALS_AT_ONCE);
      const removed = await Promise.all(
        slice.map(async (index) => {
          const ids = new Set([batchJobId(id, index), batchJobId(id, index, generation)]);
          const codes = await Promise.all([...ids].map((jobId) => this.#queue.remove(jobId)));
          return codes.every((code) => code === 1);
        }),
      );
      withdrawn.push(...slice.filter((_, at) => removed[at]));
    }
    return withdrawn;
  }

  /** Holds every worker of the queue, in every process, for `ms` milliseconds. */
  async holdQueue(ms: number): Promise<void> {
    await this.#queue.rateLimit(ms);
  }
}
