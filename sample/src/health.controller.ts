import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { SmsHealthIndicator } from 'nestjs-sms';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly sms: SmsHealthIndicator,
  ) {}

  /** 200 while the SMS provider answers; 503, with the reason, while it does not or the credit is exhausted. */
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([() => this.sms.isHealthy('sms')]);
  }
}
