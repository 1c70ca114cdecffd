import type { SendArrayRequestBody, SendArrayResult } from '../../interfaces/index.js';

/** A send `RecordingSmsService` accepted: the normalised request body the provider would have received. */
export interface RecordedSms extends SendArrayRequestBody {
  /** What `sendArray` resolved to. */
  result: SendArrayResult;
}
