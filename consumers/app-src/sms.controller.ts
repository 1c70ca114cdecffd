import { Body, Controller, Post } from '@nestjs/common';
import { SendArrayDto, SmsService, SmsValidationPipe, type SendArrayResult } from 'nestjs-sms';

@Controller('sms')
export class SmsController {
  constructor(private readonly sms: SmsService) {}

  /** 201 with the provider's acceptance, or the status and body of the `SmsException` that stopped the send. */
  @Post()
  send(@Body(SmsValidationPipe) dto: SendArrayDto): Promise<SendArrayResult> {
    return this.sms.sendArray(dto);
  }
}
