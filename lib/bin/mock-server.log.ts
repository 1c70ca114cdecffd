import { describeReceptors } from '../logging/mask-receptor.js';
import { apiKeyRedactor } from '../security/api-key-redactor.js';
import { outsideText } from '../security/outside-text.js';
import type { MockSmsAnswer } from '../testing/interfaces/index.js';

/**
 * Returns a function that writes one line for each answer of a provider with these keys: the request with its key
 * hidden, the status, and for an accepted send its receptors, masked, and its message id.
 */
export function mockAnswerLine(apiKeys: readonly string[]): (answer: MockSmsAnswer) => string {
  const redactors = apiKeys.map(apiKeyRedactor);
  const redact = (text: string) => redactors.reduce((hidden, redactor) => redactor(hidden), text);
  return ({ request, status, accepted }) => {
    const line = `${request.method} ${outsideText(request.path, redact)} → ${status}`;
    return accepted === undefined
      ? line
      : `${line} accepted for ${describeReceptors(accepted.receptors)}: message ${accepted.messageId}`;
  };
}
