import { describe, expect, it } from '@jest/globals';
import { inspect } from 'node:util';
import { SmsException } from '../../lib/index.js';
import type { MockSmsFault } from '../../lib/testing/index.js';
import { errorEnvelope } from '../support/envelopes.js';
import { useSmsProvider } from '../support/sms-provider.fixture.js';
import { createSmsHarness } from '../support/sms-testing.js';

/** The secret part of the key: it must show up nowhere, raw or URL-encoded. */
const SECRET = 'S3CR3T';
const KEY = `${SECRET}/key+with=odd&chars`;

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
    expect(visible).not.toContain(SECRET);
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
