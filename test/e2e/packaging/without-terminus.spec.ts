import { describe, expect, it } from '@jest/globals';
import { runFromDist } from './run-from-dist.js';

describe('the built package without @nestjs/terminus installed', () => {
  it('imports, sends and reports health', async () => {
    expect(await runFromDist(['@nestjs/terminus'])).toEqual({
      missing: { terminus: true, bullmq: false },
      messageId: expect.any(String),
      health: { sms: { status: 'up', responseTime: expect.any(Number) } },
      queueEntry: 'loaded',
    });
  });
});
