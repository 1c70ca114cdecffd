import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Injectable, Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import {
  SmsModule,
  SmsOptionsError,
  SmsService,
  type SmsModuleOptions,
  type SmsOptionsFactory,
} from '../../lib/index.js';
import { MockSmsProvider } from '../../lib/testing/index.js';
import { API_KEY } from '../support/sms-testing.js';

let provider: MockSmsProvider;
beforeAll(async () => {
  provider = new MockSmsProvider({ apiKey: API_KEY });
  await provider.start();
});
afterAll(() => provider.stop());

const message = { message: 'Hello', receptors: ['09121234567'] };

@Injectable()
class NotificationService {
  constructor(readonly sms: SmsService) {}
}

@Module({ providers: [NotificationService] })
class NotificationModule {}

/** Compiles a module importing `smsModule` and sends once through it, from its default sender. */
async function sendThrough(smsModule: DynamicModule): Promise<void> {
  provider.reset();
  const module = await Test.createTestingModule({ imports: [smsModule] }).compile();
  try {
    await module.get(SmsService).sendArray(message);
  } finally {
    await module.close();
  }
}

describe('SmsModule.forRoot', () => {
  it('configures SmsService with the given options', async () => {
    await sendThrough(
      SmsModule.forRoot({ apiKey: API_KEY, baseUrl: provider.baseUrl, defaultSender: '2000' }),
    );
    expect(provider.requests[0].path).toBe(`/api/v1/${encodeURIComponent(API_KEY)}/sendArray`);
    expect(provider.messages[0].sender).toBe('2000');
  });

  it('accepts a baseUrl with a trailing slash', async () => {
    await sendThrough(
      SmsModule.forRoot({ apiKey: API_KEY, baseUrl: `${provider.baseUrl}/`, defaultSender: '2000' }),
    );
    expect(provider.requests[0].path).toBe(`/api/v1/${encodeURIComponent(API_KEY)}/sendArray`);
  });

  it('is not global unless isGlobal is set', async () => {
    const imports = [SmsModule.forRoot({ apiKey: 'key', baseUrl: provider.baseUrl }), NotificationModule];
    await expect(Test.createTestingModule({ imports }).compile()).rejects.toThrow(/SmsService/);
  });

  it('with isGlobal: true, serves modules that do not import it', async () => {
    const module = await Test.createTestingModule({
      imports: [
        SmsModule.forRoot({ apiKey: 'key', baseUrl: provider.baseUrl, isGlobal: true }),
        NotificationModule,
      ],
    }).compile();
    expect(module.get(NotificationService).sms).toBeInstanceOf(SmsService);
    await module.close();
  });

  it('closes its keep-alive connections when the application closes', async () => {
    const module = await Test.createTestingModule({
      imports: [SmsModule.forRoot({ apiKey: API_KEY, baseUrl: provider.baseUrl, defaultSender: 3000 })],
    }).compile();
    await module.get(SmsService).sendArray(message);
    expect(provider.openConnections).toBe(1);
    await module.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(provider.openConnections).toBe(0);
  });
});

describe('SmsModule.forRootAsync', () => {
  it('takes its options from a factory with injected ConfigService', async () => {
    const config = ConfigModule.forRoot({
      ignoreEnvFile: true,
      load: [() => ({ SMS_API_KEY: API_KEY, SMS_BASE_URL: provider.baseUrl, SMS_SENDER: '2001' })],
    });
    await sendThrough(
      SmsModule.forRootAsync({
        imports: [config],
        inject: [ConfigService],
        useFactory: (settings: ConfigService) => ({
          apiKey: settings.getOrThrow<string>('SMS_API_KEY'),
          baseUrl: settings.getOrThrow<string>('SMS_BASE_URL'),
          defaultSender: settings.get<string>('SMS_SENDER'),
        }),
      }),
    );
    expect(provider.messages[0].sender).toBe('2001');
  });

  it('takes its options from a class implementing SmsOptionsFactory', async () => {
    @Injectable()
    class SmsConfig implements SmsOptionsFactory {
      createSmsOptions(): Promise<SmsModuleOptions> {
        return Promise.resolve({ apiKey: API_KEY, baseUrl: provider.baseUrl, defaultSender: '2002' });
      }
    }
    await sendThrough(SmsModule.forRootAsync({ useClass: SmsConfig }));
    expect(provider.messages[0].sender).toBe('2002');
  });

  it('takes its options from an existing provider', async () => {
    @Injectable()
    class SharedSmsConfig implements SmsOptionsFactory {
      createSmsOptions(): SmsModuleOptions {
        return { apiKey: API_KEY, baseUrl: provider.baseUrl, defaultSender: '2003' };
      }
    }
    @Module({ providers: [SharedSmsConfig], exports: [SharedSmsConfig] })
    class SharedConfigModule {}

    await sendThrough(
      SmsModule.forRootAsync({ imports: [SharedConfigModule], useExisting: SharedSmsConfig }),
    );
    expect(provider.messages[0].sender).toBe('2003');
  });

  it('with isGlobal: true, serves modules that do not import it', async () => {
    const module = await Test.createTestingModule({
      imports: [
        SmsModule.forRootAsync({
          useFactory: () => ({ apiKey: 'key', baseUrl: provider.baseUrl }),
          isGlobal: true,
        }),
        NotificationModule,
      ],
    }).compile();
    expect(module.get(NotificationService).sms).toBeInstanceOf(SmsService);
    await module.close();
  });
});

/**
 * What starting an application with `options` throws, once through `forRoot` and once through `forRootAsync`
 * (whose factory returns the options but for `name`, which `forRootAsync` takes beside the factory).
 */
async function startErrors(options: Record<string, unknown>): Promise<unknown[]> {
  const { name, ...factoryOptions } = options as { name?: string };
  const errors: unknown[] = [];
  for (const smsModule of [
    SmsModule.forRoot(options as unknown as SmsModuleOptions),
    SmsModule.forRootAsync({ name, useFactory: () => factoryOptions as SmsModuleOptions }),
  ]) {
    errors.push(
      await Test.createTestingModule({ imports: [smsModule] })
        .compile()
        .catch((caught: unknown) => caught),
    );
  }
  return errors;
}

describe('bad options fail the start, naming the option and never the key', () => {
  const good: SmsModuleOptions = { apiKey: 'TOP-SECRET-KEY', baseUrl: 'https://example.com/api/v1' };

  it.each<[string, string, Partial<SmsModuleOptions>]>([
    ['apiKey', 'missing', { apiKey: undefined }],
    ['apiKey', 'blank', { apiKey: '   ' }],
    ['baseUrl', 'missing', { baseUrl: undefined }],
    ['baseUrl', 'not absolute', { baseUrl: 'example.com/api/v1' }],
    ['baseUrl', 'not http(s)', { baseUrl: 'ftp://example.com/api/v1' }],
    [
      'baseUrl',
      'with a query holding the key',
      { baseUrl: 'https://example.com/api/v1?apikey=TOP-SECRET-KEY' },
    ],
    ['defaultSender', 'with letters', { defaultSender: 'SHOP' }],
    ['timeout', 'zero', { timeout: 0 }],
    ['timeout', 'negative', { timeout: -5 }],
    ['timeout', 'NaN', { timeout: Number.NaN }],
    ['timeZone', 'not IANA', { timeZone: 'Tehran' }],
  ])('%s %s', async (option, _case, overrides) => {
    for (const error of await startErrors({ ...good, ...overrides })) {
      expect(error).toBeInstanceOf(SmsOptionsError);
      expect(error).toMatchObject({ option });
      expect((error as Error).message).toContain(`"${option}"`);
      expect(`${(error as Error).stack}`).not.toContain('TOP-SECRET-KEY');
    }
  });
});

describe('an option the module does not know fails the start', () => {
  const good: SmsModuleOptions = { apiKey: 'TOP-SECRET-KEY', baseUrl: 'https://example.com/api/v1' };

  it.each([
    ['sender', 'defaultSender'],
    ['apikey', 'apiKey'],
    ['timeOut', 'timeout'],
    ['baseURL', 'baseUrl'],
    ['healthcheckUrl', 'healthCheckUrl'],
    ['timezone', 'timeZone'],
  ])('%s, suggesting %s', async (unknown, known) => {
    for (const error of await startErrors({ ...good, [unknown]: 'x' })) {
      expect(error).toBeInstanceOf(SmsOptionsError);
      expect(error).toMatchObject({ option: unknown });
      expect((error as Error).message).toContain(`did you mean "${known}"?`);
    }
  });

  it('in retry too', async () => {
    const options = { ...good, retry: { attemps: 2 } } as unknown as SmsModuleOptions;
    const error = await Test.createTestingModule({ imports: [SmsModule.forRoot(options)] })
      .compile()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ option: 'retry.attemps' });
    expect((error as Error).message).toContain('did you mean "retry.attempts"?');
  });

  it('without a suggestion when nothing is close', async () => {
    const options = { ...good, colour: 'blue' } as SmsModuleOptions;
    const error = await Test.createTestingModule({ imports: [SmsModule.forRoot(options)] })
      .compile()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ option: 'colour' });
    expect((error as Error).message).toBe('nestjs-sms option "colour" is not an option of SmsModule');
  });
});

describe('the errors of a named instance name the instance', () => {
  it.each([
    [
      { name: 'otp', baseUrl: 'https://example.com/api/v1' },
      'nestjs-sms instance "otp": option "apiKey" is required',
    ],
    [
      { name: 'otp', apiKey: 'key', baseUrl: 'https://example.com/api/v1', sender: '3000' },
      'nestjs-sms instance "otp": option "sender"',
    ],
  ])('%p', async (options, message) => {
    for (const error of await startErrors(options)) {
      expect(error).toBeInstanceOf(SmsOptionsError);
      expect((error as Error).message).toContain(message);
    }
  });
});
