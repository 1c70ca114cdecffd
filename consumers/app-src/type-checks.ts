/**
 * Compile-time only: proves that the package's declarations were found (an `any` would let each error below
 * through, and `@ts-expect-error` would then fail the build). Nothing here runs.
 */
import type { SmsModuleOptions, SmsService } from 'nestjs-sms';
import type { MockSmsProvider } from 'nestjs-sms/testing';
import type { SmsCampaignService, SmsQueueModuleOptions } from 'nestjs-sms/bullmq';

export function typeChecks(sms: SmsService, provider: MockSmsProvider, campaigns: SmsCampaignService): void {
  // @ts-expect-error message must be a string
  void sms.sendArray({ message: 1, receptors: ['09121234567'] });
  // @ts-expect-error apiKey is required
  const options: SmsModuleOptions = { baseUrl: 'http://127.0.0.1/api/v1' };
  // @ts-expect-error credit is a number
  provider.credit = 'five';
  void options;
  // @ts-expect-error concurrency is a number
  const queue: SmsQueueModuleOptions = { concurrency: 'four' };
  void queue;
  // @ts-expect-error status takes a campaign id
  void campaigns.status(42);
}
