import { describe, expect, it } from '@jest/globals';
import { inspect } from 'node:util';
import { Test } from '@nestjs/testing';
import { SmsException, SmsHealthIndicator, SmsModule, SmsOptionsError } from '../../lib/index.js';
import type { MockSmsFault } from '../../lib/testing/index.js';
import { errorEnvelope } from '../support/envelopes.js';
import { useSmsProvider } from '../support/sms-provider.fixture.js';
import { createSmsHarness } from '../support/sms-testing.js';

/** The secret part of the key: it must show up nowhere, raw or URL-encoded. */
const SECRET = 'S3CR3T';
/** A key with separators, a space and letters outside ASCII, so that every way of writing it differs. */
const KEY = `${SECRET}/key+with=odd&chars and spaces ünï`;
/** What must not be seen: the secret run, and another run of six or more of the key's characters, as written and encoded. */
const SECRETS = [SECRET, 'with=odd', 'with%3Dodd', 'with%3dodd'];

/** The ways a provider or a proxy may write the key back. */
const upperHex = encodeURIComponent(KEY);
const FORMS: Array<[string, string]> = [
  ['as given', KEY],
  ['percent-encoded', upperHex],
  ['percent-encoded in lower-case hex', upperHex.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())],
  ['form-encoded, + for a space', upperHex.replaceAll('%20', '+')],
  ['encoded in part', encodeURI(KEY)],
  ['as a run of its characters', 'with=odd'],
];

/** The secrets found in `text`. */
const leaks = (text: string) => SECRETS.filter((secret) => text.includes(secret));

const fixture = useSmsProvider({ provider: { apiKey: KEY }, timeout: 200 });
const { provider } = fixture;

/** Every way an exception can be seen: message, stack, body, JSON, a deep inspection, and its causes. */
function everythingVisibleOf(error: unknown): string {
  const seen: string[] = [];
  for (let current: unknown = error; current !== undefined && current !== null;) {
    seen.push(inspect(current, { depth: Infinity, showHidden: true }), JSON.stringify(current) ?? '');
    if (current instanceof Error) seen.push(current.message, `${current.stack}`);
    if (current instanceof SmsException) seen.push(JSON.stringify(current.getResponse()));
    current = current instanceof Error ? current.cause : undefined;
  }
  return seen.join('\n');
}

describe('the API key never leaves the module', () => {
  it.each<[string, MockSmsFault, { abortAfterMs?: number }]>([
    ['a provider error', { status: 400, body: errorEnvelope(415, 'شماره فرستنده اشتباه است') }, {}],
    [
      'an error text echoing the key',
      { body: errorEnvelope(404, `No route /api/v1/${encodeURIComponent(KEY)}/sendArray`) },
      {},
    ],
    ['an error text echoing the raw key', { body: errorEnvelope(401, `Unknown key ${KEY}`) }, {}],
    ['an HTML error page', { status: 404, body: `<html>Cannot POST /api/v1/${KEY}/sendArray</html>` }, {}],
    ['a timeout', { delayMs: 1_000 }, {}],
    ['a dropped connection', { drop: true }, {}],
    ['an abort', { delayMs: 1_000 }, { abortAfterMs: 20 }],
  ])('on %s', async (_case, reply, { abortAfterMs }) => {
    fixture.logger.lines.length = 0;
    provider.failNext(reply);

    const error = await fixture.sms
      .sendArray(
        { message: 'Hello', receptors: ['09121234567'] },
        { signal: abortAfterMs === undefined ? undefined : AbortSignal.timeout(abortAfterMs) },
      )
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SmsException);
    const visible = everythingVisibleOf(error);
    expect(leaks(visible)).toEqual([]);
    expect(fixture.logger.lines.length).toBeGreaterThan(0);
    expect(fixture.logger.lines.join('\n')).not.toContain(SECRET);
  });

  it('on a refused connection', async () => {
    const refused = await createSmsHarness({ baseUrl: 'http://127.0.0.1:1/api/v1', apiKey: KEY });
    const error = await refused.sms
      .sendArray({ message: 'Hello', receptors: ['09121234567'] })
      .catch((caught: unknown) => caught);
    await refused.module.close();
    expect(error).toBeInstanceOf(SmsException);
    expect(everythingVisibleOf(error)).not.toContain(SECRET);
    expect(refused.logger.lines.join('\n')).not.toContain(SECRET);
  });

  it('in an inspection of the service itself', () => {
    expect(inspect(fixture.sms, { depth: Infinity, showHidden: true })).not.toContain(SECRET);
  });
});

describe('text from outside is redacted wherever it goes', () => {
  const send = () => fixture.sms.sendArray({ message: 'Hello', receptors: ['09121234567'] });
  /** What the caller, the logs and the health indicator can see after `call`. */
  async function seenAfter(call: () => Promise<unknown>): Promise<string> {
    fixture.logger.clear();
    const outcome = await call().catch((caught: unknown) => caught);
    const health = await fixture.module.get(SmsHealthIndicator).isHealthy();
    expect(fixture.logger.lines.length).toBeGreaterThan(0);
    return [
      everythingVisibleOf(outcome),
      JSON.stringify(outcome),
      fixture.logger.lines.join('\n'),
      JSON.stringify(health),
    ].join('\n');
  }

  describe.each(FORMS)('the key %s', (_form, echo) => {
    it.each<[string, unknown]>([
      ['in error.message', { error: { status: 404, message: `No route /api/v1/${echo}/sendArray` } }],
      ['in error.status', { error: { status: `/api/v1/${echo}/sendArray`, message: 'Not found' } }],
      ['in statustext', { data: { message_id: 'm-1', status: 100, statustext: `ok ${echo}`, time: 1 } }],
      ['in message_id', { data: { message_id: `id-${echo}`, status: 100, time: 1 } }],
      ['in an unreadable time', { data: { message_id: 'm-1', status: 100, time: `at ${echo}` } }],
      ['in both envelopes', { data: { message_id: echo }, error: { status: echo, message: echo } }],
    ])('%s', async (_field, body) => {
      provider.failNext({ status: 200, body });
      expect(leaks(await seenAfter(send))).toEqual([]);
    });

    it('in an HTML page', async () => {
      provider.failNext({ status: 502, body: `<html>Cannot POST /api/v1/${echo}/sendArray</html>` });
      expect(leaks(await seenAfter(send))).toEqual([]);
    });
  });

  it('cuts long outside text, and escapes its control characters before it is logged', async () => {
    provider.failNext({ status: 200, body: { error: { status: 499, message: 'x'.repeat(10_000) } } });
    const error = (await send().catch((caught: unknown) => caught)) as SmsException;
    expect(error.providerMessage?.length).toBeLessThanOrEqual(300);

    fixture.logger.clear();
    provider.failNext({
      status: 200,
      body: {
        data: { message_id: 'm-1\r\nERROR [SmsService] forged line\u001b[31m', status: 100, time: 'soon\n' },
      },
    });
    await send();
    const logged = fixture.logger.entries.map((entry) => String(entry.message));
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged)
      for (const control of ['\r', '\n', '\u001b']) expect(line).not.toContain(control);
    expect(logged.join(' ')).toContain('m-1\\r\\nERROR');
  });
});

describe('options that would put the key where it does not belong', () => {
  async function startError(options: Record<string, unknown>): Promise<unknown> {
    return Test.createTestingModule({ imports: [SmsModule.forRoot({ apiKey: KEY, ...options } as never)] })
      .compile()
      .catch((caught: unknown) => caught);
  }

  it.each([
    ['baseUrl', { baseUrl: 'https://user:hunter2-pass@example.com/api/v1' }],
    ['baseUrl', { baseUrl: 'https://user@example.com/api/v1' }],
    [
      'healthCheckUrl',
      { baseUrl: 'https://example.com/api/v1', healthCheckUrl: 'https://probe:hunter2-pass@example.com/' },
    ],
  ])('a %s with credentials is refused at start, without showing them', async (option, options) => {
    const error = await startError(options);
    expect(error).toBeInstanceOf(SmsOptionsError);
    expect(error).toMatchObject({ option });
    expect((error as Error).message).toMatch(/credentials/);
    expect(`${(error as Error).stack}`).not.toContain('hunter2');
  });

  it('an apiKey that cannot be URL-encoded is refused at start, naming apiKey', async () => {
    const error = await Test.createTestingModule({
      imports: [SmsModule.forRoot({ apiKey: 'key-\ud800-lone', baseUrl: 'https://example.com/api/v1' })],
    })
      .compile()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsOptionsError);
    expect(error).toMatchObject({ option: 'apiKey' });
  });
});
