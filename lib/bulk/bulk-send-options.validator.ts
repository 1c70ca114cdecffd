import { SmsValidationException } from '../exceptions/index.js';
import type { BulkSendOptions } from '../interfaces/index.js';
import { MAX_RECEPTORS_PER_REQUEST } from '../provider/sms-provider.protocol.js';

/** Requests at once in a campaign, by default. */
const DEFAULT_CONCURRENCY = 4;

/** How a campaign is cut and run. */
export interface CampaignShape {
  chunkSize: number;
  concurrency: number;
}

/** Checks `chunkSize` and `concurrency` and applies their defaults. */
export function validateBulkSendOptions({
  chunkSize = MAX_RECEPTORS_PER_REQUEST,
  concurrency = DEFAULT_CONCURRENCY,
}: BulkSendOptions): CampaignShape {
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_RECEPTORS_PER_REQUEST) {
    throw new SmsValidationException(
      `chunkSize must be a whole number from 1 to ${MAX_RECEPTORS_PER_REQUEST}`,
    );
  }
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new SmsValidationException('concurrency must be a whole number, at least 1');
  }
  return { chunkSize, concurrency };
}
