import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { SmsModule } from 'nestjs-sms';
import { HealthController } from './health.controller.js';
import { SmsConfigService } from './sms-config.service.js';
import { SmsController } from './sms.controller.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    SmsModule.forRootAsync({ useClass: SmsConfigService }),
    TerminusModule,
  ],
  controllers: [SmsController, HealthController],
})
export class AppModule {}
