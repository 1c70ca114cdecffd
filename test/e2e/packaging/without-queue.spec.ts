import { describe, expect, it } from '@jest/globals';
import { runFromDist } from './run-from-dist.js';

describe('the built package without bullmq, @nestjs/bullmq and ioredis installed', () => {
  it('imports and sends from its main and testing entries; only nestjs-sms/bullmq needs them', async () => {
    expect(await runFromDist(['bullmq', '@nestjs/bullmq', 'ioredis'])).toEqual({
      missing: { terminus: false, bullmq: true },
      messageId: expect.any(String),
      health: { sms: { status: 'up', responseTime: expect.any(Number) } },
      queueEntry: 'ERR_MODULE_NOT_FOUND',
    });
  });
});
