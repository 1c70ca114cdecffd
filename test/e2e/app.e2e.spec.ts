import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  Body,
  Controller,
  Get,
  type INestApplication,
  Module,
  Param,
  Post,
  Query,
  ValidationPipe,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ParseReceptorsPipe,
  SendArrayDto,
  SmsModule,
  SmsService,
  SmsValidationPipe,
  type SendArrayResult,
} from '../../lib/index.js';
import { MockSmsProvider } from '../../lib/testing/index.js';
import { errorEnvelope } from '../support/envelopes.js';
import { API_KEY } from '../support/sms-testing.js';

@Controller('sms')
class SmsController {
  constructor(private readonly sms: SmsService) {}

  @Post('plain')
  sendPlain(@Body(new ValidationPipe({ transform: true })) dto: SendArrayDto): Promise<SendArrayResult> {
    return this.sms.sendArray(dto);
  }

  @Post('typed')
  sendTyped(@Body(SmsValidationPipe) dto: SendArrayDto): Promise<SendArrayResult> {
    return this.sms.sendArray(dto);
  }

  @Post('notify/:to')
  notify(@Param('to', ParseReceptorsPipe) receptors: string[]): Promise<SendArrayResult> {
    return this.sms.sendArray({ message: 'Your order has shipped', receptors });
  }

  @Get('receptors')
  receptors(@Query('to', ParseReceptorsPipe) receptors: string[]): string[] {
    return receptors;
  }
}

let provider: MockSmsProvider;
let app: INestApplication;
let appUrl: string;

beforeAll(async () => {
  provider = new MockSmsProvider({ apiKey: API_KEY });
  await provider.start();
  @Module({
    imports: [SmsModule.forRoot({ apiKey: API_KEY, baseUrl: provider.baseUrl, defaultSender: '10004346' })],
    controllers: [SmsController],
  })
  class AppModule {}
  app = await NestFactory.create(AppModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  appUrl = await app.getUrl();
});
afterEach(() => {
  provider.reset();
});
afterAll(async () => {
  await app.close();
  await provider.stop();
});

/** Calls the application over HTTP; returns the status and the parsed JSON body. */
async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${appUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  expect(text).not.toContain(API_KEY);
  expect(text).not.toContain(encodeURIComponent(API_KEY));
  return { status: response.status, body: JSON.parse(text) };
}

describe('SendArrayDto behind ValidationPipe({ transform: true })', () => {
  it('hands the service normalised, distinct receptors from a comma-separated string', async () => {
    const reply = await call('POST', '/sms/plain', {
      sender: '۳۰۰۰',
      message: 'سلام',
      receptors: '+98 912 123 4567, ۰۹۱۲۱۲۳۴۵۶۷, 9351112233',
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ status: 100, statusText: 'تایید شد', messageId: expect.any(String) });
    expect(provider.requests[0].json).toEqual({
      sender: '3000',
      message: 'سلام',
      receptors: ['09121234567', '09351112233'],
    });
  });

  it("rejects an invalid receptor with the pipe's own 400 and sends nothing", async () => {
    const reply = await call('POST', '/sms/plain', { message: 'Hi', receptors: ['09121234567', '12345'] });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ message: ['receptors must be Iranian mobile numbers'] });
    expect(provider.requests).toHaveLength(0);
  });

  it.each([
    ['not a string', 42],
    ['invisible', '\u200b\u200e '],
  ])('says once that a message %s is empty', async (_case, message) => {
    const reply = await call('POST', '/sms/plain', { message, receptors: ['09121234567'] });
    expect(reply).toMatchObject({ status: 400, body: { message: ['message must be a non-empty string'] } });
  });

  it('lets a provider error through as its typed exception', async () => {
    provider.failNext({ body: errorEnvelope(418, 'اعتبار کافی نیست') });
    const reply = await call('POST', '/sms/plain', { message: 'Hi', receptors: ['09121234567'] });
    expect(reply).toEqual({
      status: 402,
      body: {
        statusCode: 402,
        code: 'SMS_INSUFFICIENT_CREDIT',
        message: "The SMS account's credit is not enough for this send",
        providerCode: 418,
        providerMessage: 'اعتبار کافی نیست',
      },
    });
  });
});

describe('SendArrayDto behind SmsValidationPipe', () => {
  const receptors101 = Array.from({ length: 101 }, (_, i) => `0935${String(i).padStart(7, '0')}`);

  it.each<[string, Record<string, unknown>, number, Record<string, unknown>]>([
    [
      'an invalid receptor',
      { message: 'Hi', receptors: ['09121234567', '12345', 'abc'] },
      400,
      { code: 'SMS_INVALID_RECEPTOR', invalidReceptors: ['12345', 'abc'] },
    ],
    ['an empty receptor list', { message: 'Hi', receptors: '' }, 400, { code: 'SMS_INVALID_RECEPTOR' }],
    ['101 receptors', { message: 'Hi', receptors: receptors101 }, 400, { code: 'SMS_TOO_MANY_RECEPTORS' }],
    ['receptors of the wrong type', { message: 'Hi', receptors: 42 }, 400, { code: 'SMS_VALIDATION' }],
    [
      'a bad sender',
      { sender: 'SHOP', message: 'Hi', receptors: ['09121234567'] },
      400,
      { code: 'SMS_INVALID_SENDER' },
    ],
    ['a blank message', { message: '   ', receptors: ['09121234567'] }, 400, { code: 'SMS_VALIDATION' }],
    [
      'a message that is not a string',
      { message: 42, receptors: ['09121234567'] },
      400,
      { code: 'SMS_VALIDATION', message: 'message must be a non-empty string' },
    ],
    ['a missing message', { receptors: ['09121234567'] }, 400, { code: 'SMS_VALIDATION' }],
    [
      'a malformed date',
      { message: 'Hi', receptors: ['09121234567'], date: 'tomorrow' },
      400,
      { code: 'SMS_INVALID_DATE' },
    ],
    [
      'a past date (caught by the service)',
      { message: 'Hi', receptors: ['09121234567'], date: '2020-01-01 10:00:00' },
      400,
      { code: 'SMS_INVALID_DATE' },
    ],
    [
      'an unknown property',
      { message: 'Hi', receptors: ['09121234567'], priority: 'high' },
      400,
      { code: 'SMS_VALIDATION', message: 'property priority should not exist' },
    ],
  ])('%s gives the typed exception and sends nothing', async (_case, body, status, expected) => {
    const reply = await call('POST', '/sms/typed', body);
    expect(reply.status).toBe(status);
    expect(reply.body).toMatchObject({ statusCode: status, ...expected });
    expect(provider.requests).toHaveLength(0);
  });

  it('sends a valid, scheduled request', async () => {
    const reply = await call('POST', '/sms/typed', {
      sender: 3000,
      message: 'Hi',
      receptors: ['09121234567', 9121234567],
      date: '2099-01-01 09:00:00',
    });
    expect(reply.status).toBe(201);
    expect(provider.requests[0].json).toEqual({
      sender: '3000',
      message: 'Hi',
      receptors: ['09121234567'],
      date: '2099-01-01 09:00:00',
    });
  });
});

describe('ParseReceptorsPipe', () => {
  it('turns a route parameter list into receptors and sends to them', async () => {
    const reply = await call('POST', `/sms/notify/${encodeURIComponent('+989121234567,09351112233')}`);
    expect(reply.status).toBe(201);
    expect(provider.requests[0].json).toMatchObject({ receptors: ['09121234567', '09351112233'] });
  });

  it('rejects a route parameter that is no number', async () => {
    const reply = await call('POST', '/sms/notify/abc');
    expect(reply).toMatchObject({
      status: 400,
      body: { code: 'SMS_INVALID_RECEPTOR', invalidReceptors: ['abc'] },
    });
    expect(provider.requests).toHaveLength(0);
  });

  it.each([
    ['?to=9121234567', 200, ['09121234567']],
    ['?to=09121234567&to=0935-111-2233', 200, ['09121234567', '09351112233']],
    ['?to=%DB%B0%DB%B9%DB%B1%DB%B2%DB%B1%DB%B2%DB%B3%DB%B4%DB%B5%DB%B6%DB%B7', 200, ['09121234567']],
    ['', 400, { code: 'SMS_INVALID_RECEPTOR' }],
  ])('reads the query %s', async (query, status, body) => {
    expect(await call('GET', `/sms/receptors${query}`)).toMatchObject({ status, body });
  });
});
