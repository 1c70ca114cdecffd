import { Body, Controller, Post } from '@nestjs/common';
import { SendArrayDto, SmsService, type SendArrayResult } from 'nestjs-sms';

@Controller('sms')
export class SmsController {
  constructor(private readonly sms: SmsService) {}

  /** Sends one text to up to 100 numbers; the global ValidationPipe has checked and normalised the body. */
  @Post('send-array')
  sendArray(@Body() dto: SendArrayDto): Promise<SendArrayResult> {
    return this.sms.sendArray(dto);
  }
}
