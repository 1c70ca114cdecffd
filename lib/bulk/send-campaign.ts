import type { Logger } from '@nestjs/common';
import type {
  BulkSendInput,
  BulkSendOptions,
  BulkSendResult,
  BulkSendTotals,
  SendArrayRequestBody,
  SendArrayResult,
} from '../interfaces/index.js';
import { sendArrayBody } from '../provider/sms-provider.protocol.js';
import { countSegments } from '../segments/count-segments.js';
import { type CallSettings, callSettings } from '../validation/call-settings.js';
import { type SendArrayDefaults, validateMessageParts } from '../validation/message-parts.validator.js';
import { BulkSendInterruptedError } from './bulk-send-interrupted.error.js';
import { validateBulkSendOptions } from './bulk-send-options.validator.js';
import { runCampaign } from './campaign-runner.js';
import { CampaignTally } from './campaign-tally.js';
import { receptorSource } from './receptor-source.factory.js';

/** What runs a campaign's requests: the checks' defaults, how one request is sent, where the summary goes. */
export interface CampaignSender {
  defaults: SendArrayDefaults & { timeout: number };
  send: (body: SendArrayRequestBody, call: CallSettings) => Promise<SendArrayResult>;
  logger: Logger;
}

/**
 * `sendBulk`: checks the campaign (nothing is sent when it is invalid), runs it, and logs a summary without any
 * phone number. Rejects with `BulkSendInterruptedError`, holding the result so far, when reading the receptors
 * or `onBatch` fails.
 */
export async function sendCampaign(
  input: BulkSendInput,
  options: BulkSendOptions,
  { defaults, send, logger }: CampaignSender,
): Promise<BulkSendTotals | BulkSendResult> {
  const call = callSettings(options, defaults);
  const parts = validateMessageParts(input, defaults, call.maxSegments);
  const shape = validateBulkSendOptions(options);
  const source = receptorSource(input.receptors, shape);
  const tally = new CampaignTally(shape.retainBatches);

  const { stoppedBy, interruption, unhandled } = await runCampaign({
    source,
    concurrency: shape.concurrency,
    rate: shape.rate,
    send: (receptors, batchCall) => send(sendArrayBody(parts, receptors), batchCall),
    call,
    signal: options.signal,
    tally,
    onBatch: shape.onBatch,
    onProgress: options.onProgress,
    logger,
  });
  const result = tally.result(source.inputs, countSegments(parts.message).segments, stoppedBy);
  const summary =
    `${result.consumed} inputs read: ${result.total} receptors in ${tally.batches} batches, ` +
    `${result.accepted} accepted, ${result.failed} failed, ${result.skipped} skipped, ` +
    `${result.invalidCount} invalid; ${result.segments} segments`;
  if (interruption !== undefined) {
    const what = interruption.during === 'source' ? 'reading the receptors' : 'onBatch';
    logger.warn(`sendBulk stopped, ${what} failed: ${summary}`);
    throw new BulkSendInterruptedError(result, interruption.error, interruption.during, unhandled);
  }
  if (stoppedBy === undefined) logger.log(`sendBulk finished: ${summary}`);
  else logger.warn(`sendBulk stopped (${stoppedBy}): ${summary}`);
  return result;
}
