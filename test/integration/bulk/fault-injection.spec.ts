import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BulkSendResult } from '../../../lib/index.js';
import { MockSmsProvider, type MockSmsFault } from '../../../lib/testing/index.js';
import { errorEnvelope } from '../../support/envelopes.js';
import { createSmsHarness, type SmsHarness } from '../../support/sms-testing.js';

const RECEPTORS = 10_000;
const CONCURRENCY = 4;
const TIMEOUT_MS = 250;

/** Every way a request can fail short of a fatal error: slow, dropped, 5xx, 429, error envelopes, not JSON. */
const FAULTS: MockSmsFault[] = [
  { delayMs: TIMEOUT_MS * 4 },
  { drop: true },
  { status: 500, body: '<html>Internal Server Error</html>' },
  { status: 502, body: 'Bad Gateway' },
  { status: 503, body: 'Service Unavailable' },
  { status: 429, body: '', headers: { 'retry-after': '0' } },
  { status: 200, body: errorEnvelope(416, 'شماره گیرنده اشتباه است') },
  { status: 400, body: errorEnvelope(417, 'تعداد گیرندگان بیش از یک شماره است') },
  { status: 200, body: errorEnvelope(499, 'خطای ناشناخته') },
  { status: 200, body: 'not json' },
];

/** A small seeded generator, so that a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

describe(`a ${RECEPTORS}-receptor campaign while the provider fails about 10% of requests`, () => {
  const seed = 20261126;
  let provider: MockSmsProvider;
  let harness: SmsHarness;
  let result: BulkSendResult;
  let faultsQueued: number;

  beforeAll(async () => {
    provider = new MockSmsProvider();
    const baseUrl = await provider.start();
    harness = await createSmsHarness({
      apiKey: provider.apiKey,
      baseUrl,
      timeout: TIMEOUT_MS,
      retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    });
    const random = seededRandom(seed);
    faultsQueued = 0;
    for (let request = 0; request < 150; request += 1) {
      if (random() < 0.1) {
        provider.failNext(FAULTS[Math.floor(random() * FAULTS.length)]);
        faultsQueued += 1;
      } else provider.failNext({});
    }
    const receptors = Array.from({ length: RECEPTORS }, (_, i) => `09${String(100_000_000 + i)}`);
    result = await harness.sms.sendBulk(
      { sender: '3000', message: 'Hello', receptors },
      { concurrency: CONCURRENCY },
    );
  }, 60_000);
  afterAll(async () => {
    await harness.module.close();
    await provider.stop();
  });

  it(`injected faults (seed ${seed})`, () => {
    expect(faultsQueued).toBeGreaterThanOrEqual(8);
    expect(result.failed).toBeGreaterThan(0);
  });

  it('accounts for every receptor exactly once', () => {
    const all = result.batches.flatMap((batch) => batch.receptors);
    expect(all).toHaveLength(RECEPTORS);
    expect(new Set(all).size).toBe(RECEPTORS);
    expect(result.total).toBe(RECEPTORS);
    expect(result.accepted + result.failed + result.skipped).toBe(RECEPTORS);
    expect(result.skipped).toBe(0);
  });

  it('shows each accepted batch received by the provider exactly once', () => {
    const received = new Map<string, number>();
    for (const message of provider.messages) {
      const key = message.receptors.join(',');
      received.set(key, (received.get(key) ?? 0) + 1);
    }
    for (const batch of result.batches.filter((entry) => entry.status === 'accepted')) {
      expect(received.get(batch.receptors.join(','))).toBe(1);
    }
  });

  it('never sent a receptor twice, nor one of a batch that failed without maybeSent', () => {
    const sent = provider.messages.flatMap((message) => message.receptors);
    expect(new Set(sent).size).toBe(sent.length);
    const sentSet = new Set(sent);
    for (const batch of result.batches.filter((entry) => entry.status === 'failed')) {
      expect(batch.error).toBeDefined();
      if (batch.error?.maybeSent !== true)
        expect(batch.receptors.some((receptor) => sentSet.has(receptor))).toBe(false);
    }
  });

  it('never ran more requests at once than its concurrency', () => {
    expect(provider.maxInFlight).toBeLessThanOrEqual(CONCURRENCY);
  });
});
