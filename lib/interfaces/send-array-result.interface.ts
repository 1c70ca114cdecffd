/**
 * The provider's acceptance of a send: a reply with a `data` envelope and a `message_id`. Nothing else in the reply
 * can make it a failure; what could not be read is left undefined.
 */
export interface SendArrayResult {
  /** The provider's id of the message, needed to ask for its delivery later. Always a string, digit for digit. */
  messageId: string;
  /** The provider's status code (`100` for an approved send); undefined when the reply gave none that is a number. */
  status?: number;
  /** The provider's description of the status, as it sent it (`تایید شد`, "approved"); `''` when it gave none. */
  statusText: string;
  /** When the provider registered the message; undefined when the reply gave no time or none that could be read. */
  time?: Date;
  /** The reply's `time` as it was written, when it could not be read as a time. */
  rawTime?: string;
}
