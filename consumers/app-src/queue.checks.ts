import assert from 'node:assert/strict';
import { SmsCampaignService, SmsQueueModule } from 'nestjs-sms/bullmq';

/**
 * nestjs-sms/bullmq loads beside the other entries (ES module or require(esm)), with the application's own BullMQ,
 * @nestjs/bullmq and ioredis, and builds its module; nothing here reaches Redis.
 */
export function checkQueueEntry(): void {
  const module = SmsQueueModule.forRoot({
    connection: 'redis://127.0.0.1:6379/0',
    worker: false,
    isGlobal: true,
  });
  assert.equal(module.module, SmsQueueModule);
  assert.equal(module.global, true);
  assert.equal(typeof SmsCampaignService.prototype.start, 'function');
}
