import { beforeAll, describe, expect, it } from '@jest/globals';
import { SmsHealthIndicator, SmsInsufficientCreditException, SmsService } from '../../../lib/index.js';
import { useSmsProvider } from '../../support/sms-provider.fixture.js';
import { createSmsHarness } from '../../support/sms-testing.js';

const send = { sender: '3000', message: 'Hello', receptors: ['09121234567'] };

const fixture = useSmsProvider({ healthTimeout: 200 });
const { provider } = fixture;
let indicator: SmsHealthIndicator;

beforeAll(() => {
  indicator = fixture.module.get(SmsHealthIndicator);
});

describe('SmsHealthIndicator', () => {
  it('is up, with the response time, when the provider answers a GET of baseUrl', async () => {
    const result = await indicator.isHealthy();
    expect(result).toEqual({ sms: { status: 'up', responseTime: expect.any(Number) } });
    expect(provider.requests).toEqual([expect.objectContaining({ method: 'GET', path: '/api/v1' })]);
  });

  it('reports under the key it is given', async () => {
    await expect(indicator.isHealthy('provider')).resolves.toEqual({
      provider: { status: 'up', responseTime: expect.any(Number) },
    });
  });

  it.each([
    [404, 'up'],
    [401, 'up'],
    [500, 'down'],
    [503, 'down'],
  ])('reports an HTTP %i as %s', async (status, expected) => {
    provider.failNext({ status, body: 'x' });
    const { sms } = await indicator.isHealthy();
    expect(sms.status).toBe(expected);
    if (sms.status === 'down') expect(sms.reason).toBe(`The SMS provider answered HTTP ${status}`);
  });

  it('is down when the provider is slower than healthTimeout', async () => {
    provider.failNext({ delayMs: 1_000 });
    await expect(indicator.isHealthy()).resolves.toEqual({
      sms: { status: 'down', reason: 'The SMS provider did not answer within 200 ms' },
    });
  });

  it('is down when the connection drops', async () => {
    provider.failNext({ drop: true });
    await expect(indicator.isHealthy()).resolves.toMatchObject({ sms: { status: 'down' } });
  });

  it('is down with "insufficient credit" after a send failed for credit, until a send succeeds', async () => {
    const sms = fixture.module.get(SmsService);
    provider.credit = 0;
    await expect(sms.sendArray(send)).rejects.toBeInstanceOf(SmsInsufficientCreditException);
    provider.reset();

    await expect(indicator.isHealthy()).resolves.toEqual({
      sms: { status: 'down', reason: 'insufficient credit' },
    });
    expect(provider.requests).toHaveLength(0);

    provider.credit = 10;
    await sms.sendArray(send);
    await expect(indicator.isHealthy()).resolves.toMatchObject({ sms: { status: 'up' } });
  });

  it('probes healthCheckUrl when it is set', async () => {
    const custom = await createSmsHarness({
      apiKey: provider.apiKey,
      baseUrl: provider.baseUrl,
      healthCheckUrl: `${provider.baseUrl}/`,
    });
    await custom.module.get(SmsHealthIndicator).isHealthy();
    await custom.module.close();
    expect(provider.requests).toEqual([expect.objectContaining({ method: 'GET', path: '/api/v1' })]);
  });

  it('is down when the provider refuses connections', async () => {
    const refused = await createSmsHarness({ apiKey: 'key', baseUrl: 'http://127.0.0.1:1/api/v1' });
    const result = await refused.module.get(SmsHealthIndicator).isHealthy();
    await refused.module.close();
    expect(result).toEqual({
      sms: { status: 'down', reason: 'The SMS provider could not be reached (ECONNREFUSED)' },
    });
  });
});
