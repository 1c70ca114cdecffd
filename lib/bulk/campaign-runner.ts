import type { Logger } from '@nestjs/common';
import { SmsAbortedException, type SmsException } from '../exceptions/index.js';
import type { BulkSendBatch, BulkSendProgress, SendArrayResult } from '../interfaces/index.js';
import type { ReceptorBatches } from './receptor-batches.js';
import { stopsCampaign } from './stops-campaign.js';

/** One run of a campaign: its batches, read lazily, and how to send one. */
export interface CampaignRun {
  batches: ReceptorBatches;
  concurrency: number;
  send: (receptors: string[]) => Promise<SendArrayResult>;
  signal?: AbortSignal;
  onProgress?: (done: BulkSendProgress) => void;
  logger: Logger;
}

/** What a campaign did: its batches, and why it stopped early when reading the receptors failed. */
export interface CampaignRecord {
  batches: BulkSendBatch[];
  sourceError?: unknown;
}

/**
 * Sends the batches with at most `concurrency` requests at once, reading the next batch only when a request
 * finishes, so that memory holds the batches in flight and the record of those done. A failed batch does not stop
 * the campaign; a stopping error does, and every batch after it is recorded as skipped with that error. Once the
 * signal has fired, the batches not yet sent are skipped. If reading the receptors fails, the requests on their
 * way finish and the campaign ends there, with the source's error.
 *
 * @returns every batch, in the order they were read, and the source's error if reading failed.
 */
export async function runCampaign({
  batches,
  concurrency,
  send,
  signal,
  onProgress,
  logger,
}: CampaignRun): Promise<CampaignRecord> {
  const record: BulkSendBatch[] = [];
  const done: BulkSendProgress = { batches: 0, receptors: 0 };
  let stopper: SmsException | undefined;

  const worker = async (): Promise<void> => {
    for (let next = await batches.next(); next.done !== true; next = await batches.next()) {
      const receptors = next.value;
      if (stopper === undefined && signal?.aborted) stopper = SmsAbortedException.beforeSending();
      if (stopper !== undefined) {
        record.push({ receptors, status: 'skipped', error: stopper });
        continue;
      }
      const batch: BulkSendBatch = { receptors, status: 'failed' };
      record.push(batch);
      try {
        batch.result = await send(receptors);
        batch.status = 'accepted';
      } catch (error) {
        batch.error = error as SmsException;
        if (stopsCampaign(batch.error)) stopper ??= batch.error;
      }
      done.batches += 1;
      done.receptors += receptors.length;
      try {
        onProgress?.({ ...done });
      } catch (error) {
        logger.warn(`sendBulk onProgress threw: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };

  const workers = await Promise.allSettled(Array.from({ length: concurrency }, worker));
  const failure = workers.find((outcome) => outcome.status === 'rejected');
  return failure === undefined
    ? { batches: record }
    : { batches: record, sourceError: failure.reason as unknown };
}
