import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('the built package without bullmq, @nestjs/bullmq and ioredis installed', () => {
  it('imports and sends from its main and testing entries; only nestjs-sms/bullmq needs them', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      fixture('without-queue.register.mjs'),
      fixture('send-without-queue.mjs'),
    ]);
    expect(JSON.parse(stdout)).toEqual({
      bullmqMissing: true,
      messageId: expect.any(String),
      queueEntry: 'ERR_MODULE_NOT_FOUND',
    });
  });
});
