import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { SmsModule, type SmsModuleOptions } from 'nestjs-sms';
import { HealthController } from './health.controller.js';
import { SmsController } from './sms.controller.js';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

@Module({
  imports: [
    SmsModule.forRootAsync({
      useFactory: (): SmsModuleOptions => ({
        apiKey: requiredEnv('SMS_API_KEY'),
        baseUrl: requiredEnv('SMS_BASE_URL'),
        defaultSender: '10004346',
      }),
    }),
    TerminusModule,
  ],
  controllers: [SmsController, HealthController],
})
export class AppModule {}
