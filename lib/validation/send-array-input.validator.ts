import type { SendArrayInput, SendArrayRequestBody } from '../interfaces/index.js';
import { sendArrayBody } from '../provider/sms-provider.protocol.js';
import { parseReceptors } from '../receptors/parse-receptors.js';
import { type SendArrayDefaults, validateMessageParts } from './message-parts.validator.js';

/**
 * Checks and normalises a `sendArray` input into the request body, or throws the `SmsException` that names the
 * first problem. Nothing has been sent when it throws. A message of more parts than `maxSegments` is refused.
 */
export function validateSendArrayInput(
  input: SendArrayInput,
  defaults: SendArrayDefaults,
  maxSegments = defaults.maxSegments,
): SendArrayRequestBody {
  const parts = validateMessageParts(input, defaults, maxSegments);
  return sendArrayBody(parts, parseReceptors(input.receptors));
}
