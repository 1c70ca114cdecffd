import type { Logger } from '@nestjs/common';
import { SmsValidationException } from '../exceptions/index.js';
import type { CampaignJobs } from './campaign-jobs.js';
import type { CampaignSource } from './campaign-source.js';
import { SmsCampaignFeedError } from './exceptions/index.js';
import type { CampaignLedger, CampaignShape } from './ledger/campaign-ledger.js';

/** Batches recorded and queued at once; the first chunk is smaller, so that workers may start sooner. */
const CHUNK_BATCHES = 100;
const FIRST_CHUNK_BATCHES = 10;
/** The longest a batch read waits to be queued, in milliseconds, when the source is slow. */
const CHUNK_MS = 200;

/** What feeding a campaign works with. */
export interface FeedContext {
  ledger: CampaignLedger;
  jobs: CampaignJobs;
  logger: Logger;
}

/**
 * Queues campaign `id`: reads its batches one at a time and, a chunk at a time, records them in the ledger and adds
 * their jobs, so that memory holds one chunk however long the source. Started again with the same id, it queues
 * nothing twice: it adds the jobs that a crash may have left unadded, skips the receptors recorded already (the
 * source must give the same receptors in the same order), and records the rest. It stops reading when the
 * campaign is cancelled or halted meanwhile.
 */
export async function feedCampaign(
  id: string,
  shape: CampaignShape,
  source: CampaignSource,
  { ledger, jobs, logger }: FeedContext,
): Promise<void> {
  const opening = await ledger.open(id, shape);
  if (opening.kind !== 'feed') {
    if (opening.kind === 'fed') return;
    throw new SmsValidationException(
      `campaign "${id}" exists already with another message, sender, date or chunkSize`,
    );
  }
  const schedule = (await ledger.schedule(id)) ?? shape.schedule;
  await requeue(opening.queued, opening.batches);

  let recorded = opening.batches;
  let queued = recorded;
  let toSkip = opening.total;
  let receptors = opening.total;
  let chunk: string[][] = [];
  let chunkStarted = 0;

  /** Records and queues the chunk; `false` once the campaign has stopped. */
  const flush = async (): Promise<boolean> => {
    if (chunk.length === 0) return true;
    const outcome = await ledger.record(id, recorded, chunk, { invalid: source.invalidCount, queued });
    if (outcome === 'lost')
      throw new SmsCampaignFeedError(id, receptors, 'another start of it is queueing it');
    if (outcome === 'stopped') return false;
    const indexes = chunk.map((_, at) => recorded + at);
    if (outcome === 'queue') await jobs.add(id, indexes, schedule);
    recorded += chunk.length;
    queued = recorded;
    receptors += chunk.reduce((sum, batch) => sum + batch.length, 0);
    chunk = [];
    return true;
  };

  let sourceError: { cause: unknown } | undefined;
  const read = async (): Promise<string[] | undefined> => {
    try {
      return await source.read();
    } catch (cause) {
      sourceError = { cause };
      return undefined;
    }
  };

  for (let next = await read(); next !== undefined; next = await read()) {
    let batch = next;
    if (toSkip >= batch.length) {
      toSkip -= batch.length;
      continue;
    }
    batch = batch.slice(toSkip);
    toSkip = 0;
    if (chunk.length === 0) chunkStarted = Date.now();
    chunk.push(batch);
    const full = chunk.length >= (recorded === opening.batches ? FIRST_CHUNK_BATCHES : CHUNK_BATCHES);
    if (!full && Date.now() - chunkStarted < CHUNK_MS) continue;
    if (!(await flush())) {
      source.close();
      logger.log(`Campaign ${id} stopped while being queued, after ${receptors} receptors`);
      return;
    }
  }
  if (!(await flush())) return;
  if (sourceError !== undefined) {
    logger.warn(`Campaign ${id}: reading its receptors failed after ${receptors} were queued`);
    throw new SmsCampaignFeedError(
      id,
      receptors,
      'reading the receptors failed; start it again with the same id to queue the rest',
      sourceError.cause,
    );
  }
  if ((await ledger.closeFeed(id, recorded, source.invalidCount)) === 'lost') {
    throw new SmsCampaignFeedError(id, receptors, 'another start of it is queueing it');
  }
  logger.log(
    `Campaign ${id}: ${receptors} receptors queued in ${recorded} batches, ${source.invalidCount} invalid`,
  );

  /** Adds the jobs of batches recorded by an earlier start that may have stopped before adding them. */
  async function requeue(from: number, to: number): Promise<void> {
    const indexes = Array.from({ length: to - from }, (_, at) => from + at);
    await jobs.add(id, await ledger.unrecorded(id, indexes), schedule);
  }
}
