import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Injectable, Module } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import {
  SmsAbortedException,
  type SmsException,
  SmsInsufficientCreditException,
  SmsInvalidDateException,
  SmsInvalidReceptorException,
  SmsInvalidSenderException,
  SmsModule,
  SmsOptionsError,
  SmsProviderException,
  getSmsHealthIndicatorToken,
  getSmsServiceToken,
  InjectSmsService,
  SmsHealthIndicator,
  SmsService,
  SmsTooManyReceptorsException,
  SmsValidationException,
  type SendArrayInput,
  type SendArrayOptions,
  type SendArrayResult,
} from '../../../lib/index.js';
import {
  getRecordingSmsServiceToken,
  MockSmsProvider,
  RecordingSmsService,
  SmsTestingModule,
  type SmsTestingModuleOptions,
} from '../../../lib/testing/index.js';
import { RecordingLogger } from '../../support/recording-logger.js';

/** A piece of an application that sends SMS. */
@Injectable()
class WelcomeService {
  constructor(private readonly sms: SmsService) {}

  welcome(phone: string, name: string): Promise<SendArrayResult> {
    return this.sms.sendArray({ message: `Welcome, ${name}!`, receptors: [phone] });
  }
}

@Module({ providers: [WelcomeService], exports: [WelcomeService] })
class WelcomeModule {}

const approved = { status: 100, statusText: 'تایید شد', time: expect.any(Date) };

async function compileWith(options?: SmsTestingModuleOptions): Promise<TestingModule> {
  return Test.createTestingModule({
    imports: [SmsTestingModule.forRoot(options)],
    providers: [WelcomeService],
  }).compile();
}

/** What a send rejected with, whatever it was. */
function rejection(sending: Promise<unknown>): Promise<unknown> {
  return sending.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('SmsTestingModule in an application test', () => {
  let module: TestingModule;
  let recorder: RecordingSmsService;

  beforeAll(async () => {
    module = await compileWith({ defaultSender: '3000' });
    recorder = module.get(RecordingSmsService);
  });
  afterAll(() => module.close());

  it("serves the application's SmsService with a RecordingSmsService", () => {
    expect(module.get(SmsService)).toBe(recorder);
  });

  it('records what the application sends, normalised, and resolves to an approved result', async () => {
    recorder.clear();
    const result = await module.get(WelcomeService).welcome('+98 912 123 4567', 'Sara');

    expect(result).toEqual({ messageId: expect.stringMatching(/^recorded-\d+$/), ...approved });
    expect(recorder.sent).toEqual([
      { sender: '3000', message: 'Welcome, Sara!', receptors: ['09121234567'], result },
    ]);
  });

  it('records the sender, distinct receptors and date as the provider would receive them', async () => {
    recorder.clear();
    await recorder.sendArray({
      sender: '+۹۸۳۰۰۰',
      message: 'Sale',
      receptors: ['۰۹۱۲ ۱۲۳ ۴۵۶۷', '9121234567', 9351112233],
      date: new Date('2099-03-20T20:30:05Z'),
    });

    expect(recorder.sent).toEqual([
      {
        sender: '+983000',
        message: 'Sale',
        receptors: ['09121234567', '09351112233'],
        date: '2099-03-21 00:00:05',
        result: expect.objectContaining(approved),
      },
    ]);
  });

  it('numbers its message ids in order, and keeps counting after clear', async () => {
    recorder.clear();
    const send = () => recorder.sendArray({ message: 'x', receptors: ['09121234567'] });
    const first = await send();
    const second = await send();
    recorder.clear();
    const third = await send();

    const number = (result: SendArrayResult) => Number(result.messageId.replace('recorded-', ''));
    expect(number(second)).toBe(number(first) + 1);
    expect(number(third)).toBe(number(first) + 2);
    expect(recorder.sent.map((sms) => sms.result)).toEqual([third]);
  });

  it('rejects with the failures queued by failNext, in order, without recording them', async () => {
    recorder.clear();
    const noCredit = new SmsInsufficientCreditException('no credit', { providerCode: 418 });
    const down = new SmsProviderException('provider down');
    expect(recorder.failNext(noCredit, 2).failNext(down)).toBe(recorder);
    const welcome = () => rejection(module.get(WelcomeService).welcome('09121234567', 'Ali'));

    expect(await welcome()).toBe(noCredit);
    expect(await welcome()).toBe(noCredit);
    expect(await welcome()).toBe(down);
    expect(await welcome()).toBeUndefined();
    expect(recorder.sent).toHaveLength(1);
  });

  it('checks the input before a queued failure, which waits for a valid send', async () => {
    recorder.clear();
    const down = new SmsProviderException('provider down');
    recorder.failNext(down);

    expect(await rejection(recorder.sendArray({ message: '', receptors: ['09121234567'] }))).toBeInstanceOf(
      SmsValidationException,
    );
    expect(await rejection(recorder.sendArray({ message: 'x', receptors: ['09121234567'] }))).toBe(down);
  });

  it('clear forgets the recorded sends and the queued failures', async () => {
    await recorder.sendArray({ message: 'x', receptors: ['09121234567'] });
    recorder.failNext(new SmsProviderException('provider down'));
    recorder.clear();

    expect(recorder.sent).toEqual([]);
    await expect(recorder.sendArray({ message: 'x', receptors: ['09121234567'] })).resolves.toMatchObject(
      approved,
    );
  });

  it('provides SmsHealthIndicator: up, and down after a send failed for credit until one succeeds', async () => {
    recorder.clear();
    const indicator = module.get(SmsHealthIndicator);
    await expect(indicator.isHealthy()).resolves.toEqual({ sms: { status: 'up', responseTime: 0 } });

    recorder.failNext(new SmsInsufficientCreditException('no credit'));
    await expect(module.get(WelcomeService).welcome('09121234567', 'Sara')).rejects.toBeInstanceOf(
      SmsInsufficientCreditException,
    );
    await expect(indicator.isHealthy()).resolves.toEqual({
      sms: { status: 'down', reason: 'insufficient credit' },
    });

    await module.get(WelcomeService).welcome('09121234567', 'Sara');
    await expect(indicator.isHealthy()).resolves.toMatchObject({ sms: { status: 'up' } });
  });

  it('checks the sender, message and date as validateMessage does, recording nothing', () => {
    recorder.clear();
    expect(recorder.validateMessage({ message: 'Hi' })).toEqual({ sender: '3000', message: 'Hi' });
    expect(() => recorder.validateMessage({ message: 'Hi', sender: 'SHOP' })).toThrow(
      SmsInvalidSenderException,
    );
    expect(recorder.sent).toEqual([]);
  });

  it('rejects a times that is not a positive integer', () => {
    expect(() => recorder.failNext(new SmsProviderException('x'), 0)).toThrow(RangeError);
  });
});

describe('RecordingSmsService rejects what SmsService rejects, with the same exception', () => {
  const provider = new MockSmsProvider();
  const receptors101 = Array.from({ length: 101 }, (_, i) => `0912${String(i).padStart(7, '0')}`);
  const modules: TestingModule[] = [];
  const services = new Map<string, { real: SmsService; recording: RecordingSmsService }>();

  beforeAll(async () => {
    const baseUrl = await provider.start();
    for (const defaultSender of ['3000', undefined]) {
      const real = await Test.createTestingModule({
        imports: [SmsModule.forRoot({ apiKey: provider.apiKey, baseUrl, defaultSender })],
      })
        .setLogger(new RecordingLogger())
        .compile();
      const recording = await compileWith({ defaultSender });
      modules.push(real, recording);
      services.set(String(defaultSender), {
        real: real.get(SmsService),
        recording: recording.get(RecordingSmsService),
      });
    }
  });
  afterAll(async () => {
    for (const module of modules) await module.close();
    await provider.stop();
  });

  const send = (input: Partial<SendArrayInput> = {}): SendArrayInput => ({
    message: 'Hello',
    receptors: ['09121234567'],
    ...input,
  });

  it.each<[string, string, unknown, SendArrayOptions, new (...args: never[]) => SmsException]>([
    [
      'invalid receptors',
      '3000',
      send({ receptors: ['12345', '09121234567', 'abc'] }),
      {},
      SmsInvalidReceptorException,
    ],
    ['no receptors', '3000', send({ receptors: [] }), {}, SmsInvalidReceptorException],
    ['101 distinct receptors', '3000', send({ receptors: receptors101 }), {}, SmsTooManyReceptorsException],
    ['a sender with letters', '3000', send({ sender: 'SHOP' }), {}, SmsInvalidSenderException],
    ['no sender and no defaultSender', 'undefined', send(), {}, SmsInvalidSenderException],
    ['a past date', '3000', send({ date: new Date(Date.now() - 1_000) }), {}, SmsInvalidDateException],
    ['the 30th of February', '3000', send({ date: '2099-02-30 10:00:00' }), {}, SmsInvalidDateException],
    ['a blank message', '3000', send({ message: '  ' }), {}, SmsValidationException],
    ['no input at all', '3000', undefined, {}, SmsValidationException],
    ['a timeout of 0', '3000', send(), { timeout: 0 }, SmsValidationException],
    ['a signal already aborted', '3000', send(), { signal: AbortSignal.abort() }, SmsAbortedException],
  ])('%s', async (_case, defaultSender, input, options, Exception) => {
    const { real, recording } = services.get(defaultSender)!;
    const expected = await rejection(real.sendArray(input as SendArrayInput, options));
    const actual = await rejection(recording.sendArray(input as SendArrayInput, options));

    expect(expected).toBeInstanceOf(Exception);
    expect(actual).toBeInstanceOf(Exception);
    expect((actual as SmsException).getResponse()).toEqual((expected as SmsException).getResponse());
    expect(recording.sent).toEqual([]);
    expect(provider.requests).toEqual([]);
  });

  it('lists the invalid receptors as given', async () => {
    const { recording } = services.get('3000')!;
    const error = await rejection(recording.sendArray(send({ receptors: ['12345', '09121234567', 'abc'] })));
    expect(error).toMatchObject({ invalidReceptors: ['12345', 'abc'] });
  });
});

describe('SmsTestingModule.forRoot', () => {
  it('writes dates in the given time zone and takes a numeric defaultSender', async () => {
    const module = await compileWith({ timeZone: 'UTC', defaultSender: 3000 });
    const recorder = module.get(RecordingSmsService);
    await recorder.sendArray({
      message: 'x',
      receptors: ['09121234567'],
      date: new Date('2099-03-20T20:30:05Z'),
    });
    expect(recorder.sent[0]).toMatchObject({ sender: '3000', date: '2099-03-20 20:30:05' });
    await module.close();
  });

  it.each<[string, SmsTestingModuleOptions]>([
    ['name', { name: ' ' }],
    ['defaultSender', { defaultSender: 'SHOP' }],
    ['timeZone', { timeZone: 'Mars/Olympus' }],
  ])('throws an SmsOptionsError naming a malformed %s', (option, options) => {
    expect(() => SmsTestingModule.forRoot(options)).toThrow(SmsOptionsError);
    expect(() => SmsTestingModule.forRoot(options)).toThrow(expect.objectContaining({ option }));
  });

  it('runs sendBulk campaigns as SmsService does, recording each batch', async () => {
    const module = await compileWith({ defaultSender: '3000' });
    const recorder = module.get(RecordingSmsService);
    recorder.failNext(new SmsInsufficientCreditException('no credit'), 1);
    const receptors = Array.from({ length: 25 }, (_, i) => `0912000${String(i).padStart(4, '0')}`);

    const first = await recorder.sendBulk({ message: 'Hi', receptors }, { chunkSize: 10, concurrency: 1 });
    expect(first).toMatchObject({ total: 25, accepted: 0, failed: 10, skipped: 15 });

    const second = await recorder.sendBulk(
      { message: 'Hi', receptors: [...receptors, 'bad'] },
      { chunkSize: 10, skipInvalid: true },
    );
    expect(second).toMatchObject({ total: 25, accepted: 25, invalid: ['bad'] });
    expect(recorder.sent.map((sent) => sent.receptors.length)).toEqual([10, 10, 5]);
    await expect(recorder.sendBulk({ message: 'Hi', receptors: ['bad'] })).rejects.toBeInstanceOf(
      SmsInvalidReceptorException,
    );
    await module.close();
  });

  it('with a name, stands in for that named instance', async () => {
    @Injectable()
    class OtpService {
      constructor(@InjectSmsService('otp') readonly sms: SmsService) {}
    }
    const named = await Test.createTestingModule({
      imports: [SmsTestingModule.forRoot({ name: 'otp', defaultSender: '5000' })],
      providers: [OtpService],
    }).compile();
    const recorder: RecordingSmsService = named.get(getRecordingSmsServiceToken('otp'));
    expect(named.get(getSmsServiceToken('otp'))).toBe(recorder);
    await named.get(OtpService).sms.sendArray({ message: 'Code', receptors: ['09121234567'] });
    expect(recorder.sent).toEqual([expect.objectContaining({ sender: '5000', message: 'Code' })]);
    await expect(named.get(getSmsHealthIndicatorToken('otp')).isHealthy()).resolves.toMatchObject({
      sms: { status: 'up' },
    });
    await named.close();
  });

  it('with both instances replaced, RecordingSmsService is the unnamed one', async () => {
    @Injectable()
    class BothService {
      constructor(
        readonly sms: SmsService,
        @InjectSmsService('otp') readonly otp: SmsService,
      ) {}
    }
    for (const imports of [
      [
        SmsTestingModule.forRoot({ defaultSender: '3000' }),
        SmsTestingModule.forRoot({ name: 'otp', defaultSender: '5000' }),
      ],
      [
        SmsTestingModule.forRoot({ name: 'otp', defaultSender: '5000' }),
        SmsTestingModule.forRoot({ defaultSender: '3000' }),
      ],
    ]) {
      const module = await Test.createTestingModule({ imports, providers: [BothService] }).compile();
      const both = module.get(BothService);
      await both.sms.sendArray({ message: 'Sale', receptors: ['09121234567'] });
      await both.otp.sendArray({ message: 'Code', receptors: ['09121234567'] });
      expect(module.get(RecordingSmsService).sent).toEqual([expect.objectContaining({ message: 'Sale' })]);
      expect(module.get(getRecordingSmsServiceToken('otp')).sent).toEqual([
        expect.objectContaining({ message: 'Code' }),
      ]);
      expect(module.get(SmsService)).toBe(module.get(RecordingSmsService));
      await module.close();
    }
  });

  it('is not global unless isGlobal is set', async () => {
    await expect(
      Test.createTestingModule({ imports: [SmsTestingModule.forRoot(), WelcomeModule] }).compile(),
    ).rejects.toThrow(/SmsService/);
  });

  it('with isGlobal: true, serves modules that do not import it', async () => {
    const module = await Test.createTestingModule({
      imports: [SmsTestingModule.forRoot({ defaultSender: '3000', isGlobal: true }), WelcomeModule],
    }).compile();
    await module.get(WelcomeService).welcome('09121234567', 'Sara');
    expect(module.get(RecordingSmsService).sent).toHaveLength(1);
    await module.close();
  });

  it("replaces an application's SmsModule.forRoot import through overrideModule given that same import", async () => {
    const smsModule = SmsModule.forRoot({ apiKey: 'live-key', baseUrl: 'https://sms.invalid/api/v1' });
    @Module({ imports: [smsModule], providers: [WelcomeService] })
    class AppModule {}

    const module = await Test.createTestingModule({ imports: [AppModule] })
      .overrideModule(smsModule)
      .useModule(SmsTestingModule.forRoot({ defaultSender: '3000' }))
      .compile();
    await module.get(WelcomeService).welcome('09121234567', 'Sara');

    expect(module.get(RecordingSmsService).sent).toEqual([
      expect.objectContaining({ sender: '3000', receptors: ['09121234567'] }),
    ]);
    await module.close();
  });
});
