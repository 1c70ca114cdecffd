/**
 * Where a campaign lives in Redis, under the module's `prefix`, beside the BullMQ queue `<prefix>:batches:*`:
 *
 * - `<prefix>:campaigns:<id>`: a hash, the campaign's message parts, shape and counts (see `ledger-scripts.ts`);
 * - `…:receptors`: a hash, each batch's receptors (field: the batch's index; value: comma-separated numbers);
 * - `…:records`: a hash, the state of each batch past `pending` (field: the index; value: a `batch-record.ts`);
 * - `…:parked`: a set, the indexes of batches taken out of the queue while the campaign is paused;
 * - `…:events`: the pub/sub channel told of every change of the counts.
 */
export interface CampaignKeys {
  meta: string;
  receptors: string;
  records: string;
  parked: string;
  events: string;
}

/** The BullMQ queue the batches of every campaign go through. */
export const BATCH_QUEUE = 'batches';

/** What a campaign id may be: safe in a Redis key and in a BullMQ job id (no `:`). */
export const CAMPAIGN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** The keys of campaign `id` under `prefix`. */
export function campaignKeys(prefix: string, id: string): CampaignKeys {
  const meta = `${prefix}:campaigns:${id}`;
  return {
    meta,
    receptors: `${meta}:receptors`,
    records: `${meta}:records`,
    parked: `${meta}:parked`,
    events: `${meta}:events`,
  };
}

/**
 * The BullMQ job id of batch `index` of campaign `id`: `<id>/<index>` when it is first queued, `<id>/<index>/<n>`
 * when the `n`th `resume` queues it again, so that a job still finishing cannot swallow the new one.
 */
export function batchJobId(id: string, index: number, generation = 0): string {
  return generation === 0 ? `${id}/${index}` : `${id}/${index}/${generation}`;
}
