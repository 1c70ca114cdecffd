import type { CampaignJobs } from './campaign-jobs.js';
import type { CampaignLedger } from './ledger/campaign-ledger.js';

/** Batches looked at a time. */
const PAGE = 1_000;

/**
 * Takes the jobs of campaign `id`'s unsent batches out of the queue, so that workers spend no time (and no share of
 * the rate limit) on batches that are not to be sent now: after `pause`, `cancel`, or a halt. Yields the indexes
 * withdrawn, a page at a time; a job a worker holds stays, and its worker finds the campaign paused or stopped.
 */
export async function* withdrawPending(
  ledger: CampaignLedger,
  jobs: CampaignJobs,
  id: string,
): AsyncGenerator<number[]> {
  const hash = await ledger.read(id);
  if (hash === undefined) return;
  const batches = Number(hash.batches);
  const generation = Number(hash.gen);
  for (let first = 0; first < batches; first += PAGE) {
    const indexes = Array.from({ length: Math.min(PAGE, batches - first) }, (_, at) => first + at);
    const pending = await ledger.unrecorded(id, indexes);
    yield await jobs.withdraw(id, pending, generation);
  }
}
