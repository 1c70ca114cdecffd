import { afterEach, describe, expect, it } from '@jest/globals';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { SmsAuthenticationException } from '../../lib/index.js';
import { createSmsHarness } from '../support/sms-testing.js';

const BIN = fileURLToPath(new URL('../../dist/bin/nestjs-sms-mock.js', import.meta.url));

/** The command, started; its output gathered line by line. */
class MockServerProcess {
  readonly lines: string[] = [];
  readonly child: ChildProcessWithoutNullStreams;

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [BIN, ...args]);
    let pending = '';
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      this.lines.push(...parts);
    });
  }

  /** The first line that matches `pattern`, once it is printed. */
  async line(pattern: RegExp): Promise<string> {
    for (;;) {
      const found = this.lines.find((line) => pattern.test(line));
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

let running: MockServerProcess | undefined;
afterEach(async () => {
  if (running !== undefined && running.child.exitCode === null && running.child.signalCode === null) {
    running.child.kill('SIGINT');
    await once(running.child, 'exit');
  }
  running = undefined;
});

describe('npx nestjs-sms-mock', () => {
  it('serves the keys it is given, printing its URL and each request with the key and numbers hidden', async () => {
    running = new MockServerProcess(['--port', '0', '--key', 'k1-secret', '--key', 'k2-secret']);
    const started = await running.line(/listening at/);
    expect(started).toMatch(
      /^MockSmsProvider listening at http:\/\/127\.0\.0\.1:\d+\/api\/v1, accepting 2 API keys/,
    );
    const baseUrl = /(http:\S+\/api\/v1)/.exec(started)![1];

    for (const apiKey of ['k1-secret', 'k2-secret']) {
      const app = await createSmsHarness({ apiKey, baseUrl });
      await app.sms.sendArray({ message: 'Hi', receptors: ['09121234567'] });
      await app.module.close();
    }
    const stranger = await createSmsHarness({ apiKey: 'k3-other', baseUrl });
    await expect(
      stranger.sms.sendArray({ message: 'Hi', receptors: ['09121234567'] }),
    ).rejects.toBeInstanceOf(SmsAuthenticationException);
    await stranger.module.close();

    await running.line(/→ 401/);
    const requests = running.lines.filter((line) => line.startsWith('POST'));
    expect(requests).toEqual([
      expect.stringMatching(
        /^POST \/api\/v1\/\*\*\*\/sendArray → 200 accepted for 1 receptor \(0912\*\*\*4567\): message \S+$/,
      ),
      expect.stringMatching(/^POST \/api\/v1\/\*\*\*\/sendArray → 200 accepted for 1 receptor/),
      'POST /api/v1/k3-other/sendArray → 401',
    ]);
    expect(running.lines.join('\n')).not.toMatch(/k1-secret|k2-secret|09121234567/);
  });

  it('stops on Ctrl+C', async () => {
    running = new MockServerProcess(['--port', '0']);
    await running.line(/listening at/);
    running.child.kill('SIGINT');
    const [code] = (await once(running.child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--credit=-1'], /--credit must be a whole number/],
    [['--time-zone', 'Mars/Base'], /not an IANA time zone/],
    [['--colour'], /Unknown option '--colour'/],
  ])('refuses %p with exit code 2 and its usage', async (args, message) => {
    const child = spawn(process.execPath, [BIN, ...args]);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: nestjs-sms-mock');
  });
});
