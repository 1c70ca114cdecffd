import type { Redis } from 'ioredis';
import type { SmsErrorSummary } from '../../exceptions/index.js';
import type { SendArrayMessageParts } from '../../interfaces/index.js';
import type { SmsQueueRetryOptions } from '../interfaces/index.js';
import { type BatchOutcome, outcomeRecord } from './batch-record.js';
import { type CampaignKeys, campaignKeys } from './campaign-keys.js';
import type { CampaignHash } from './campaign-status.js';
import { LedgerScriptRunner } from './ledger-script.runner.js';
import type { LedgerScript } from './scripts/ledger-lua.js';
import { ABANDON_BATCH, CLAIM_BATCH, RELEASE_BATCH, SETTLE_BATCH } from './scripts/batch.scripts.js';
import {
  CANCEL_CAMPAIGN,
  PARK_BATCHES,
  PAUSE_CAMPAIGN,
  RESUME_CAMPAIGN,
  UNPARK_BATCHES,
} from './scripts/control.scripts.js';
import { CLOSE_FEED, OPEN_CAMPAIGN, RECORD_BATCHES } from './scripts/feed.scripts.js';

/**
 * How a campaign's batch jobs are queued, fixed when the campaign is started: held until `sendAt`, and tried
 * `retry.attempts` times, whichever process queues them.
 */
export interface JobSchedule {
  sendAt?: Date;
  retry: Required<SmsQueueRetryOptions>;
}

/** What a campaign is made with: its message parts, its shape and its jobs' schedule. */
export interface CampaignShape {
  parts: SendArrayMessageParts;
  segments: number;
  chunkSize: number;
  schedule: JobSchedule;
}

/** Whether `start` may feed a campaign, and from where. */
export type FeedOpening =
  { kind: 'feed'; batches: number; queued: number; total: number } | { kind: 'fed' | 'mismatch' };

/** What a worker is to do with the batch of a job it took. */
export type BatchClaim =
  | { kind: 'send'; receptors: string[]; parts: SendArrayMessageParts }
  | { kind: 'interrupted' | 'busy' | 'settled' | 'skipped' | 'parked' | 'gone' };

/** A batch a job claimed: its index, and how many receptors the claim gave it. */
export interface ClaimedBatch {
  index: number;
  size: number;
}

/** A batch as stored: its receptors, comma-separated, and its record, if it has one. */
export type StoredBatch = [receptors: string, record: string | null];

/**
 * The ledger of the campaigns in Redis: what was queued, what became of each batch, the counts. Every change is one
 * Lua script (`scripts/`), so that a batch's record and the campaign's counts never disagree, whatever process
 * dies when; reads are plain commands.
 */
export class CampaignLedger {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #scripts: LedgerScriptRunner;

  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#prefix = prefix;
    this.#scripts = new LedgerScriptRunner(redis);
  }

  /** Loads the scripts a worker runs into Redis, so that its first batch waits for no script to be sent. */
  async prepareWorker(): Promise<void> {
    await this.#scripts.load([CLAIM_BATCH, SETTLE_BATCH, RELEASE_BATCH, ABANDON_BATCH]);
  }

  /** The keys of campaign `id`. */
  keys(id: string): CampaignKeys {
    return campaignKeys(this.#prefix, id);
  }

  /** Creates campaign `id` unless it exists; says whether to feed it, and from where. See `OPEN_CAMPAIGN`. */
  async open(id: string, shape: CampaignShape): Promise<FeedOpening> {
    const { parts, segments, chunkSize, schedule } = shape;
    const [kind, batches, queued, total] = (await this.#run(OPEN_CAMPAIGN, id, [
      JSON.stringify(parts),
      segments,
      chunkSize,
      schedule.sendAt?.getTime() ?? '',
      schedule.retry.attempts,
      schedule.retry.baseDelayMs,
    ])) as [FeedOpening['kind'], string?, string?, string?];
    if (kind !== 'feed') return { kind };
    return { kind, batches: Number(batches), queued: Number(queued), total: Number(total) };
  }

  /** The schedule campaign `id`'s jobs are queued on; `undefined` when there is no such campaign. */
  async schedule(id: string): Promise<JobSchedule | undefined> {
    const [sendAt, attempts, retryDelayMs] = await this.#redis.hmget(
      this.keys(id).meta,
      'sendAt',
      'attempts',
      'retryDelayMs',
    );
    if (attempts === null) return undefined;
    const schedule: JobSchedule = {
      retry: { attempts: Number(attempts), baseDelayMs: Number(retryDelayMs) },
    };
    if (sendAt) schedule.sendAt = new Date(Number(sendAt));
    return schedule;
  }

  /** Records `batches` from index `first`; see `RECORD_BATCHES`. */
  async record(
    id: string,
    first: number,
    batches: readonly string[][],
    progress: { invalid: number; queued: number },
  ): Promise<'queue' | 'parked' | 'stopped' | 'lost'> {
    const lists = batches.map((batch) => batch.join(','));
    return (await this.#run(RECORD_BATCHES, id, [first, progress.invalid, progress.queued, ...lists])) as
      'queue' | 'parked' | 'stopped' | 'lost';
  }

  /** Marks every batch of the campaign recorded, once it holds `batches`. See `CLOSE_FEED`. */
  async closeFeed(id: string, batches: number, invalid: number): Promise<'fed' | 'stopped' | 'lost'> {
    return (await this.#run(CLOSE_FEED, id, [batches, invalid])) as 'fed' | 'stopped' | 'lost';
  }

  /** Takes batch `index` for job `jobId`, before sending it. See `CLAIM_BATCH`. */
  async claim(id: string, index: number, jobId: string): Promise<BatchClaim> {
    const [kind, receptors, parts] = (await this.#run(CLAIM_BATCH, id, [index, jobId])) as [
      BatchClaim['kind'],
      string?,
      string?,
    ];
    if (kind !== 'send') return { kind };
    return {
      kind,
      receptors: (receptors ?? '').split(','),
      parts: JSON.parse(parts ?? '{}') as SendArrayMessageParts,
    };
  }

  /** Settles batch `index` of `size` receptors, which job `jobId` sent; `haltedBy` halts the campaign with it. */
  async settle(
    id: string,
    { index, size }: ClaimedBatch,
    jobId: string,
    outcome: BatchOutcome,
    haltedBy?: SmsErrorSummary,
  ): Promise<'settled' | 'halted' | 'stale'> {
    return (await this.#run(SETTLE_BATCH, id, [
      index,
      jobId,
      outcomeRecord(outcome),
      outcome.status,
      haltedBy === undefined ? '' : JSON.stringify(haltedBy),
      size,
    ])) as 'settled' | 'halted' | 'stale';
  }

  /** Gives batch `index` of `size` receptors back unsent. */
  async release(
    id: string,
    { index, size }: ClaimedBatch,
    jobId: string,
  ): Promise<'queued' | 'parked' | 'skipped' | 'stale'> {
    return (await this.#run(RELEASE_BATCH, id, [index, jobId, size])) as
      'queued' | 'parked' | 'skipped' | 'stale';
  }

  /** Settles a batch whose job BullMQ gave up. See `ABANDON_BATCH`. */
  async abandon(
    id: string,
    index: number,
    jobId: string,
    error: SmsErrorSummary,
  ): Promise<'unknown' | 'failed' | 'settled'> {
    const failed = outcomeRecord({ status: 'failed', error });
    return (await this.#run(ABANDON_BATCH, id, [index, jobId, failed])) as 'unknown' | 'failed' | 'settled';
  }

  /** Pauses the campaign. See `PAUSE_CAMPAIGN`. */
  async pause(id: string): Promise<'paused' | 'over' | 'missing'> {
    return (await this.#run(PAUSE_CAMPAIGN, id, [])) as 'paused' | 'over' | 'missing';
  }

  /** Parks batches whose jobs were taken out; returns the generation to queue them again with if it was resumed. */
  async park(id: string, indexes: readonly number[]): Promise<{ resumed?: number }> {
    const [kind, generation] = (await this.#run(PARK_BATCHES, id, indexes)) as [string, string?];
    return kind === 'resumed' ? { resumed: Number(generation) } : {};
  }

  /** Resumes the campaign; returns the generation to queue the parked batches again with. */
  async resume(id: string): Promise<{ generation: number } | 'over' | 'missing'> {
    const [kind, generation] = (await this.#run(RESUME_CAMPAIGN, id, [])) as [string, string?];
    return kind === 'resumed' ? { generation: Number(generation) } : (kind as 'over' | 'missing');
  }

  /** Takes batches queued again by `resume` out of the parked set. See `UNPARK_BATCHES`. */
  async unpark(id: string, indexes: readonly number[]): Promise<void> {
    await this.#run(UNPARK_BATCHES, id, indexes);
  }

  /** Cancels the campaign. See `CANCEL_CAMPAIGN`. */
  async cancel(id: string): Promise<'cancelled' | 'over' | 'missing'> {
    return (await this.#run(CANCEL_CAMPAIGN, id, [])) as 'cancelled' | 'over' | 'missing';
  }

  /** The campaign's hash; `undefined` when there is no such campaign. */
  async read(id: string): Promise<CampaignHash | undefined> {
    const hash = await this.#redis.hgetall(this.keys(id).meta);
    return hash.createdAt === undefined ? undefined : hash;
  }

  /** Batches `indexes` as stored. */
  async batches(id: string, indexes: readonly number[]): Promise<StoredBatch[]> {
    if (indexes.length === 0) return [];
    const keys = this.keys(id);
    const [receptors, records] = await Promise.all([
      this.#redis.hmget(keys.receptors, ...indexes.map(String)),
      this.#redis.hmget(keys.records, ...indexes.map(String)),
    ]);
    return indexes.map((_, at) => [receptors[at] ?? '', records[at]]);
  }

  /** Of batches `indexes`, those without a record: pending, or skipped in a campaign that stopped. */
  async unrecorded(id: string, indexes: readonly number[]): Promise<number[]> {
    if (indexes.length === 0) return [];
    const records = await this.#redis.hmget(this.keys(id).records, ...indexes.map(String));
    return indexes.filter((_, at) => records[at] === null);
  }

  /** The parked batches, a page at a time. */
  async *parked(id: string): AsyncGenerator<number[]> {
    const key = this.keys(id).parked;
    let cursor = '0';
    do {
      const [next, members] = await this.#redis.sscan(key, cursor, 'COUNT', 500);
      cursor = next;
      if (members.length > 0) yield members.map(Number);
    } while (cursor !== '0');
  }

  async #run(script: LedgerScript, id: string, args: readonly (string | number)[]): Promise<unknown> {
    return this.#scripts.run(script, this.keys(id), args);
  }
}
