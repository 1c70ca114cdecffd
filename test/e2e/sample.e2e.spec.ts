import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { MockSmsProvider } from '../../lib/testing/index.js';
import { createApp } from '../../sample/src/app.factory.js';
import { RecordingLogger } from '../support/recording-logger.js';

/** Runs the sample app with `env` set, on a free port; returns its URL and a way to stop it. */
async function startSample(env: Record<string, string | undefined>, logger = new RecordingLogger()) {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete process.env[name];
  const app: INestApplication = await createApp({ logger });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  return {
    url,
    logger,
    async stop() {
      await app.close();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    },
  };
}

/** The key the provider of the first suite accepts: no reply of the sample may show it. */
const API_KEY = 'sample-e2e-S3CR3T';

async function call(url: string, method: string, body?: unknown) {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  expect(text).not.toContain(API_KEY);
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
}

describe('the sample app against a provider it is configured with', () => {
  let provider: MockSmsProvider;
  let sample: Awaited<ReturnType<typeof startSample>>;

  beforeAll(async () => {
    provider = new MockSmsProvider({ apiKey: API_KEY, credit: 3 });
    const baseUrl = await provider.start();
    sample = await startSample({ SMS_BASE_URL: baseUrl, SMS_API_KEY: provider.apiKey, SMS_SENDER: '3000' });
  });
  afterAll(async () => {
    await sample.stop();
    await provider.stop();
  });

  const send = (receptors: unknown) =>
    call(`${sample.url}/sms/send-array`, 'POST', { message: 'Hi', receptors });

  it('reports health 200 while the provider is up', async () => {
    const health = await call(`${sample.url}/health`, 'GET');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok', info: { sms: { status: 'up' } } } });
  });

  it('sends a valid request: 201 with a message id', async () => {
    const reply = await send('0912 123 4567, +989351112233');
    expect(reply).toMatchObject({ status: 201, body: { messageId: expect.any(String), status: 100 } });
    expect(provider.messages.at(-1)).toMatchObject({
      sender: '3000',
      receptors: ['09121234567', '09351112233'],
    });
  });

  it('rejects an invalid receptor with 400 SMS_INVALID_RECEPTOR, listing it, and sends nothing', async () => {
    const before = provider.requests.length;
    expect(await send(['09121234567', '12345'])).toMatchObject({
      status: 400,
      body: { code: 'SMS_INVALID_RECEPTOR', invalidReceptors: ['12345'] },
    });
    expect(provider.requests).toHaveLength(before);
  });

  it('runs a campaign, 50 receptors a request, and answers with its totals', async () => {
    const credit = provider.credit;
    provider.credit = 1_000;
    const receptors = Array.from({ length: 120 }, (_, i) => `0935 000 ${String(i).padStart(4, '0')}`);
    const before = provider.requests.length;
    const reply = await call(`${sample.url}/sms/campaign`, 'POST', { message: 'Hi', receptors });
    expect(reply).toMatchObject({ status: 201, body: { complete: true, total: 120, accepted: 120 } });
    expect(
      provider.requests
        .slice(before)
        .map((request) => (request.json as { receptors: string[] }).receptors.length),
    ).toEqual([50, 50, 20]);
    expect(sample.logger.lines.join('\n')).toContain('campaign: 120 receptors sent in 3 batches');
    provider.credit = credit;
  });

  it('answers 402 when the credit is exhausted, and health turns 503 until a send succeeds', async () => {
    expect(await send(['09121234567', '09121234568'])).toMatchObject({
      status: 402,
      body: { code: 'SMS_INSUFFICIENT_CREDIT', providerCode: 418 },
    });
    expect(await call(`${sample.url}/health`, 'GET')).toMatchObject({
      status: 503,
      body: { error: { sms: { status: 'down', reason: 'insufficient credit' } } },
    });

    provider.credit = 10;
    expect(await send('09121234567')).toMatchObject({ status: 201 });
    expect(await call(`${sample.url}/health`, 'GET')).toMatchObject({ status: 200 });
  });

  it('reports health 503 once the provider is stopped', async () => {
    await provider.stop();
    expect(await call(`${sample.url}/health`, 'GET')).toMatchObject({
      status: 503,
      body: { error: { sms: { status: 'down', reason: expect.stringContaining('ECONNREFUSED') } } },
    });
  });
});

describe('the sample app with no SMS_BASE_URL', () => {
  let sample: Awaited<ReturnType<typeof startSample>>;

  beforeAll(async () => {
    sample = await startSample({
      SMS_BASE_URL: undefined,
      SMS_API_KEY: undefined,
      SMS_MOCK_CREDIT: undefined,
    });
  });
  afterAll(() => sample.stop());

  it('starts an embedded MockSmsProvider, says so, and sends through it', async () => {
    expect(sample.logger.lines.join('\n')).toContain(
      'No SMS_BASE_URL set: started an embedded MockSmsProvider',
    );
    const reply = await call(`${sample.url}/sms/send-array`, 'POST', {
      message: 'Hi',
      receptors: ['09121234567'],
    });
    expect(reply).toMatchObject({ status: 201, body: { messageId: expect.any(String) } });
  });
});
