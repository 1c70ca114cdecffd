import type { Logger } from '@nestjs/common';
import type {
  BulkSendInput,
  BulkSendOptions,
  BulkSendResult,
  SendArrayRequestBody,
  SendArrayResult,
} from '../interfaces/index.js';
import { sendArrayBody } from '../provider/sms-provider.protocol.js';
import { countSegments } from '../segments/count-segments.js';
import { type CallSettings, callSettings } from '../validation/call-settings.js';
import { type SendArrayDefaults, validateMessageParts } from '../validation/message-parts.validator.js';
import { BulkSendInterruptedError } from './bulk-send-interrupted.error.js';
import { validateBulkSendOptions } from './bulk-send-options.validator.js';
import { campaignResult } from './campaign-result.js';
import { runCampaign } from './campaign-runner.js';
import { receptorBatches } from './receptor-batches.js';

/** What runs a campaign's requests: the checks' defaults, how one request is sent, where the summary goes. */
export interface CampaignSender {
  defaults: SendArrayDefaults & { timeout: number };
  send: (body: SendArrayRequestBody, call: CallSettings) => Promise<SendArrayResult>;
  logger: Logger;
}

/**
 * `sendBulk`: checks the campaign (nothing is sent when it is invalid), runs it, and logs a summary without any
 * phone number. Rejects with `BulkSendInterruptedError`, holding the result so far, when reading the receptors
 * fails.
 */
export async function sendCampaign(
  input: BulkSendInput,
  options: BulkSendOptions,
  { defaults, send, logger }: CampaignSender,
): Promise<BulkSendResult> {
  const call = callSettings(options, defaults);
  const parts = validateMessageParts(input, defaults, call.maxSegments);
  const { chunkSize, concurrency } = validateBulkSendOptions(options);
  const { batches, invalid } = receptorBatches(input.receptors, chunkSize, options.skipInvalid === true);

  const { batches: record, sourceError } = await runCampaign({
    batches,
    concurrency,
    send: (receptors) => send(sendArrayBody(parts, receptors), call),
    signal: options.signal,
    onProgress: options.onProgress,
    logger,
  });
  const result = campaignResult(record, invalid, countSegments(parts.message).segments);
  const summary =
    `${result.total} receptors in ${record.length} batches, ${result.accepted} accepted, ` +
    `${result.failed} failed, ${result.skipped} skipped, ${invalid.length} invalid; ${result.segments} segments`;
  if (sourceError !== undefined) {
    logger.warn(`sendBulk stopped, reading the receptors failed: ${summary}`);
    throw new BulkSendInterruptedError(result, sourceError);
  }
  logger.log(`sendBulk finished: ${summary}`);
  return result;
}
