import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('the built package without @nestjs/terminus installed', () => {
  it('imports, sends and reports health', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      fixture('without-terminus.register.mjs'),
      fixture('send-without-terminus.mjs'),
    ]);
    expect(JSON.parse(stdout)).toEqual({
      terminusMissing: true,
      messageId: expect.any(String),
      health: { sms: { status: 'up', responseTime: expect.any(Number) } },
    });
  });
});
