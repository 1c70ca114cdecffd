import type { SmsErrorSummary } from '../../exceptions/index.js';
import type { SmsCampaignBatch } from '../interfaces/index.js';

/**
 * What a batch's record in the ledger says, a short string: no record while the batch is pending, `s|<job id>`
 * while that job sends it, then `a|<message id>` (accepted), `f|<error>` (failed) or `u|<error>` (unknown), the
 * error an `SmsErrorSummary` as JSON. A pending batch of a cancelled or halted campaign is skipped: it keeps no
 * record, since the campaign's own record says why.
 */
export type BatchOutcome =
  { status: 'accepted'; messageId: string } | { status: 'failed' | 'unknown'; error: SmsErrorSummary };

/** What a batch is settled as when the worker sending it died before the provider answered. */
export const INTERRUPTED: SmsErrorSummary = {
  code: 'SMS_SEND_INTERRUPTED',
  message:
    'The worker sending this batch stopped before the provider answered: it may have been sent, and is not sent again',
  maybeSent: true,
};

const LETTER = { accepted: 'a', failed: 'f', unknown: 'u' } as const;

/** The record of a settled batch. */
export function outcomeRecord(outcome: BatchOutcome): string {
  const detail = outcome.status === 'accepted' ? outcome.messageId : JSON.stringify(outcome.error);
  return `${LETTER[outcome.status]}|${detail}`;
}

/** The record of a batch whose worker died while sending it. */
export const INTERRUPTED_RECORD = outcomeRecord({ status: 'unknown', error: INTERRUPTED });

/**
 * Batch `index` as a caller sees it, from its receptors and its record; `stoppedBy` is why the campaign stopped, if
 * it did, which makes a batch without a record skipped.
 */
export function readBatch(
  index: number,
  receptors: string,
  record: string | null,
  stoppedBy?: SmsErrorSummary,
): SmsCampaignBatch {
  const batch = { index, receptors: receptors.split(',') };
  if (record === null) {
    return stoppedBy === undefined
      ? { ...batch, status: 'pending' }
      : { ...batch, status: 'skipped', error: stoppedBy };
  }
  const detail = record.slice(2);
  switch (record[0]) {
    case 'a':
      return { ...batch, status: 'accepted', messageId: detail };
    case 'f':
      return { ...batch, status: 'failed', error: JSON.parse(detail) as SmsErrorSummary };
    case 'u':
      return { ...batch, status: 'unknown', error: JSON.parse(detail) as SmsErrorSummary };
    default:
      return { ...batch, status: 'pending' };
  }
}
