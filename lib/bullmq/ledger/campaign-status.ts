import { SmsAbortedException, type SmsErrorSummary } from '../../exceptions/index.js';
import type { SmsCampaignState, SmsCampaignStatus } from '../interfaces/index.js';

/** A campaign's hash in the ledger, as `HGETALL` reads it (its fields: see `scripts/ledger-lua.ts`). */
export type CampaignHash = Record<string, string>;

/** Why the skipped batches of a cancelled campaign were not sent. */
const CANCELLED: SmsErrorSummary = SmsAbortedException.beforeSending().toJSON();

/** The status of campaign `id` from its hash. */
export function campaignStatus(id: string, hash: CampaignHash): SmsCampaignStatus {
  const count = (field: string): number => Number(hash[field] ?? 0);
  const [total, accepted, failed, unknown, skipped] = [
    'total',
    'accepted',
    'failed',
    'unknown',
    'skipped',
  ].map(count);
  const status: SmsCampaignStatus = {
    id,
    state: campaignState(hash),
    total,
    accepted,
    failed,
    unknown,
    skipped,
    pending: total - accepted - failed - unknown - skipped,
    invalid: count('invalid'),
    segments: accepted * count('segments'),
    createdAt: new Date(count('createdAt')),
  };
  if (hash.finishedAt !== undefined) status.finishedAt = new Date(Number(hash.finishedAt));
  if (hash.haltedBy !== undefined) status.haltedBy = JSON.parse(hash.haltedBy) as SmsErrorSummary;
  return status;
}

function campaignState(hash: CampaignHash): SmsCampaignState {
  if (hash.stop === 'cancelled' || hash.stop === 'halted') return hash.stop;
  if (hash.finishedAt !== undefined) return 'completed';
  if (hash.paused !== undefined) return 'paused';
  return hash.fed === undefined ? 'feeding' : 'running';
}

/** Why the pending batches of a stopped campaign are skipped; `undefined` while it has not stopped. */
export function stopReason(hash: CampaignHash): SmsErrorSummary | undefined {
  if (hash.stop === 'halted' && hash.haltedBy !== undefined)
    return JSON.parse(hash.haltedBy) as SmsErrorSummary;
  return hash.stop === 'cancelled' ? CANCELLED : undefined;
}
