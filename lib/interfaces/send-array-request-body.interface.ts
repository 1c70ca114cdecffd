/**
 * What the provider receives for one send, after checks and normalisation: the JSON body of a `sendArray` request,
 * in the provider's field order.
 */
export interface SendArrayRequestBody {
  /** The sender line, a string of digits, optionally after a `+`. */
  sender: string;
  /** The text, as given. */
  message: string;
  /** Distinct receptors, written `09xxxxxxxxx`. */
  receptors: string[];
  /** The scheduled time, `YYYY-MM-DD HH:mm:ss` in the module's `timeZone`; absent for an immediate send. */
  date?: string;
}

/**
 * A send's sender, message and date, checked and normalised as they go into every request of a campaign: the
 * request body but for its receptors.
 */
export type SendArrayMessageParts = Omit<SendArrayRequestBody, 'receptors'>;
