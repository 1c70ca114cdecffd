import type { SmsException } from '../exceptions/index.js';
import type { SendArrayRequestBody, SendArrayResult } from '../interfaces/index.js';
import { countSegments } from '../segments/count-segments.js';
import { describeReceptors } from './mask-receptor.js';

/** The debug line for a send the provider accepted: masked receptors, what it cost, the message id. */
export function acceptedSendLine(body: SendArrayRequestBody, result: SendArrayResult): string {
  const segments = countSegments(body.message).segments * body.receptors.length;
  const cost = `${segments} segment${segments === 1 ? '' : 's'}`;
  return `sendArray accepted for ${describeReceptors(body.receptors)}, ${cost}: message ${result.messageId}`;
}

/** The warning line for a send that failed: masked receptors and the exception's message. */
export function failedSendLine(body: SendArrayRequestBody, exception: SmsException): string {
  return `sendArray failed for ${describeReceptors(body.receptors)}: ${exception.message}`;
}

/** The warning line for an accepted send whose time could not be read: its id and the time as the provider wrote it. */
export function unreadTimeLine({ messageId, rawTime }: SendArrayResult): string {
  return `sendArray message ${messageId} was accepted, but its time could not be read: "${rawTime}"`;
}
