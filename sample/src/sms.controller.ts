import { Body, Controller, Logger, Post, ValidationPipe } from '@nestjs/common';
import {
  type BulkSendTotals,
  SendArrayDto,
  type SendArrayResult,
  SmsService,
  SmsValidationPipe,
} from 'nestjs-sms';
import { CampaignDto } from './campaign.dto.js';

@Controller('sms')
export class SmsController {
  readonly #logger = new Logger(SmsController.name);

  constructor(private readonly sms: SmsService) {}

  /**
   * Sends one text to up to 100 numbers. `SmsValidationPipe` checks and normalises the body, and fails with the
   * package's typed exceptions: an invalid number is a 400 `SMS_INVALID_RECEPTOR` listing the bad numbers.
   */
  @Post('send-array')
  sendArray(@Body(SmsValidationPipe) dto: SendArrayDto): Promise<SendArrayResult> {
    return this.sms.sendArray(dto);
  }

  /** Sends one text to any number of receptors, 50 a request, logging its progress; answers with the totals. */
  @Post('campaign')
  campaign(
    @Body(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true })) dto: CampaignDto,
  ): Promise<BulkSendTotals> {
    return this.sms.sendBulk(dto, {
      chunkSize: 50,
      retainBatches: false,
      onProgress: ({ batches, receptors }) =>
        this.#logger.log(
          `campaign: ${receptors} receptors sent in ${batches} batch${batches === 1 ? '' : 'es'}`,
        ),
    });
  }
}
