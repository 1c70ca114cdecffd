/** The provider's acceptance of a send. */
export interface SendArrayResult {
  /** The provider's id of the message, needed to ask for its delivery later. Always a string. */
  messageId: string;
  /** The provider's status code (`100` for an approved send). */
  status: number;
  /** The provider's description of the status, as it sent it (`تایید شد`, "approved"). */
  statusText: string;
  /** When the provider registered the message. */
  time: Date;
}
