import type { SendArrayResult } from '../../interfaces/index.js';

/** A send `RecordingSmsService` accepted: the normalised values the provider would have received. */
export interface RecordedSms {
  /** The sender line: the one given, or the default. */
  sender: string;
  /** The text, as given. */
  message: string;
  /** Distinct receptors, written `09xxxxxxxxx`. */
  receptors: string[];
  /** The scheduled time, `YYYY-MM-DD HH:mm:ss` in the module's `timeZone`; absent for an immediate send. */
  date?: string;
  /** What `sendArray` resolved to. */
  result: SendArrayResult;
}
