import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Injectable, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Test, type TestingModule } from '@nestjs/testing';
import {
  getSmsHealthIndicatorToken,
  getSmsServiceToken,
  InjectSmsHealthIndicator,
  InjectSmsService,
  SmsHealthIndicator,
  SmsInsufficientCreditException,
  SmsModule,
  SmsOptionsError,
  SmsService,
} from '../../lib/index.js';
import { MockSmsProvider } from '../../lib/testing/index.js';

@Injectable()
class Notifier {
  constructor(
    readonly sms: SmsService,
    @InjectSmsService('otp') readonly otp: SmsService,
    readonly health: SmsHealthIndicator,
    @InjectSmsHealthIndicator('otp') readonly otpHealth: SmsHealthIndicator,
  ) {}
}

let marketing: MockSmsProvider;
let otp: MockSmsProvider;
let module: TestingModule;
let notifier: Notifier;

beforeAll(async () => {
  marketing = new MockSmsProvider({ apiKey: 'marketing-key' });
  otp = new MockSmsProvider({ apiKey: 'otp-key', credit: 0 });
  const [marketingUrl, otpUrl] = await Promise.all([marketing.start(), otp.start()]);

  @Module({ providers: [Notifier] })
  class NotificationModule {}

  module = await Test.createTestingModule({
    imports: [
      SmsModule.forRoot({
        apiKey: marketing.apiKey,
        baseUrl: marketingUrl,
        defaultSender: '3000',
        isGlobal: true,
      }),
      SmsModule.forRootAsync({
        name: 'otp',
        isGlobal: true,
        useFactory: () => ({ apiKey: otp.apiKey, baseUrl: otpUrl, defaultSender: '5000' }),
      }),
      NotificationModule,
    ],
  }).compile();
  notifier = module.get(Notifier);
});
afterAll(async () => {
  await module.close();
  await Promise.all([marketing.stop(), otp.stop()]);
});

describe('named instances', () => {
  it('are independent clients, each with its own key, URL and sender', async () => {
    expect(notifier.otp).not.toBe(notifier.sms);
    await notifier.sms.sendArray({ message: 'Sale!', receptors: ['09121234567'] });
    otp.credit = 10;
    await notifier.otp.sendArray({ message: 'Code 1234', receptors: ['09351112233'] });

    expect(marketing.messages).toEqual([expect.objectContaining({ sender: '3000', message: 'Sale!' })]);
    expect(otp.messages).toEqual([expect.objectContaining({ sender: '5000', message: 'Code 1234' })]);
  });

  it('each have their own health indicator and credit status', async () => {
    otp.credit = 0;
    await expect(
      notifier.otp.sendArray({ message: 'Code', receptors: ['09121234567'] }),
    ).rejects.toBeInstanceOf(SmsInsufficientCreditException);
    await expect(notifier.otpHealth.isHealthy('otp')).resolves.toEqual({
      otp: { status: 'down', reason: 'insufficient credit' },
    });
    await expect(notifier.health.isHealthy()).resolves.toMatchObject({ sms: { status: 'up' } });
  });

  it('are found by their tokens', () => {
    expect(module.get(getSmsServiceToken('otp'))).toBe(notifier.otp);
    expect(module.get(getSmsHealthIndicatorToken('otp'))).toBe(notifier.otpHealth);
    expect(getSmsServiceToken()).toBe(SmsService);
    expect(getSmsHealthIndicatorToken()).toBe(SmsHealthIndicator);
  });

  it('log under their name', async () => {
    const logged: string[] = [];
    const named = await Test.createTestingModule({
      imports: [
        SmsModule.forRoot({ name: 'otp', apiKey: otp.apiKey, baseUrl: otp.baseUrl, defaultSender: '5000' }),
      ],
    })
      .setLogger({
        log: () => undefined,
        error: () => undefined,
        warn: (_message: unknown, context: unknown) => logged.push(String(context)),
      })
      .compile();
    otp.credit = 0;
    await named
      .get<SmsService>(getSmsServiceToken('otp'))
      .sendArray({ message: 'Code', receptors: ['09121234567'] })
      .catch(() => undefined);
    await named.close();
    expect(logged).toContain('SmsService:otp');
  });

  it('reject an empty name', () => {
    expect(() => SmsModule.forRoot({ name: ' ', apiKey: 'key', baseUrl: 'https://example.com' })).toThrow(
      SmsOptionsError,
    );
  });
});

describe('the SmsService and SmsHealthIndicator classes are the unnamed instance only', () => {
  const unnamed = () =>
    SmsModule.forRoot({ apiKey: marketing.apiKey, baseUrl: marketing.baseUrl, defaultSender: '3000' });
  const named = () =>
    SmsModule.forRoot({ name: 'otp', apiKey: otp.apiKey, baseUrl: otp.baseUrl, defaultSender: '5000' });

  it.each([
    ['the unnamed one first', () => [unnamed(), named()]],
    ['the named one first', () => [named(), unnamed()]],
  ])('whatever the order of registration: %s', async (_order, imports) => {
    const app = await Test.createTestingModule({ imports: imports() }).compile();
    try {
      marketing.reset();
      await app.get(SmsService).sendArray({ message: 'Sale!', receptors: ['09121234567'] });
      await app
        .get(ModuleRef)
        .get(SmsService, { strict: false })
        .sendArray({ message: 'Again', receptors: ['09121234567'] });
      expect(marketing.messages.map((message) => message.message)).toEqual(['Sale!', 'Again']);
      expect(app.get(SmsHealthIndicator)).not.toBe(app.get(getSmsHealthIndicatorToken('otp')));
      expect(app.get(SmsService)).not.toBe(app.get(getSmsServiceToken('otp')));
    } finally {
      await app.close();
    }
  });

  it('with only named instances, app.get(SmsService) finds none', async () => {
    const app = await Test.createTestingModule({ imports: [named()] }).compile();
    try {
      expect(() => app.get(SmsService)).toThrow(/SmsService/);
      expect(() => app.get(SmsHealthIndicator)).toThrow(/SmsHealthIndicator/);
      expect(app.get(getSmsServiceToken('otp'))).toBeInstanceOf(SmsService);
    } finally {
      await app.close();
    }
  });
});
