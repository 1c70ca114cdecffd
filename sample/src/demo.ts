/**
 * `npm run demo`: runs the sample against its embedded MockSmsProvider and makes real HTTP calls to it. For each
 * step it prints what the application was asked, what the provider received, what came back, and the log lines the
 * step wrote; it exits 0 when every reply is the one expected.
 */
import type { LoggerService } from '@nestjs/common';
import type { MockSmsRequest } from 'nestjs-sms/testing';
import { createApp } from './app.factory.js';
import { SmsConfigService } from './sms-config.service.js';

interface Step {
  title: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  expectedStatus: number;
}

/** The log lines of the application, kept to be printed under the step that wrote them. */
class StepLogger implements LoggerService {
  /** Contexts of Nest's own start-up lines, left out. */
  static readonly #quiet = new Set([
    'NestFactory',
    'InstanceLoader',
    'RoutesResolver',
    'RouterExplorer',
    'NestApplication',
  ]);
  readonly lines: string[] = [];

  log(message: unknown, context?: string): void {
    this.#keep('log', message, context);
  }
  warn(message: unknown, context?: string): void {
    this.#keep('warn', message, context);
  }
  error(message: unknown, context?: string): void {
    this.#keep('error', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.#keep('debug', message, context);
  }

  /** The lines kept since the last call. */
  take(): string[] {
    return this.lines.splice(0);
  }

  #keep(level: string, message: unknown, context?: string): void {
    if (context === undefined || !StepLogger.#quiet.has(context)) {
      this.lines.push(`${level.padEnd(5)} ${context === undefined ? '' : `[${context}] `}${String(message)}`);
    }
  }
}

const campaignReceptors = Array.from({ length: 120 }, (_, i) => `0935 000 ${String(i).padStart(4, '0')}`);

const steps: Step[] = [
  { title: 'The health check, with the provider up', method: 'GET', path: '/health', expectedStatus: 200 },
  {
    title: 'A send to three numbers, written three ways: two of them are the same number',
    method: 'POST',
    path: '/sms/send-array',
    body: { message: 'سلام! Your code is 4321', receptors: '0912 123 4567, +989121234567, ۰۹۳۵۱۱۱۲۲۳۳' },
    expectedStatus: 201,
  },
  {
    title: 'Invalid numbers: SmsValidationPipe rejects them before anything is sent, and lists them',
    method: 'POST',
    path: '/sms/send-array',
    body: { message: 'Hello', receptors: ['09121234567', '12345', '0912-abc'] },
    expectedStatus: 400,
  },
  {
    title: 'A campaign of 120 numbers with sendBulk, 50 a request, its progress in the log',
    method: 'POST',
    path: '/sms/campaign',
    body: { message: 'Our shop opens at nine', receptors: campaignReceptors },
    expectedStatus: 201,
  },
  {
    title: 'The credit runs out: the provider answers code 418, the application 402',
    method: 'POST',
    path: '/sms/send-array',
    body: {
      message: 'Hello, everyone',
      receptors: ['09121234567', '09121234568', '09121234569', '09121234570'],
    },
    expectedStatus: 402,
  },
  {
    title: 'The health check again: down, for the credit, until a send succeeds',
    method: 'GET',
    path: '/health',
    expectedStatus: 503,
  },
];

delete process.env.SMS_BASE_URL;
process.env.SMS_MOCK_CREDIT = '125';

const logger = new StepLogger();
const app = await createApp({ logger, bufferLogs: false });
app.useLogger(logger);
await app.listen(0, '127.0.0.1');
const url = await app.getUrl();
const provider = app.get(SmsConfigService).embedded;
if (provider === undefined) throw new Error('the demo runs against the embedded MockSmsProvider');
console.log(
  `\nnestjs-sms demo: the sample application at ${url}, its provider a MockSmsProvider (credit 125)`,
);
console.log(
  logger
    .take()
    .map((line) => `  ${line}`)
    .join('\n'),
);

let failures = 0;
for (const [index, step] of steps.entries()) {
  const received = provider.requests.length;
  const response = await fetch(`${url}${step.path}`, {
    method: step.method,
    headers: step.body === undefined ? {} : { 'content-type': 'application/json' },
    body: step.body === undefined ? undefined : JSON.stringify(step.body),
  });
  const reply: unknown = JSON.parse(await response.text());
  const expected = response.status === step.expectedStatus;
  if (!expected) failures += 1;
  await new Promise((resolve) => setImmediate(resolve));

  console.log(`\n${index + 1}. ${step.title}`);
  console.log(
    `   asked      ${step.method} ${step.path}${step.body === undefined ? '' : ` ${brief(step.body)}`}`,
  );
  const requests = provider.requests.slice(received);
  if (requests.length === 0) console.log('   provider   received nothing');
  for (const request of requests) console.log(`   provider   ${describeRequest(request)}`);
  console.log(
    `   answered   ${response.status}${expected ? '' : ` (expected ${step.expectedStatus})`} ${brief(reply)}`,
  );
  for (const line of logger.take()) console.log(`   log        ${line}`);
}

await app.close();
console.log(
  failures === 0
    ? '\nEvery reply was the one expected.'
    : `\n${failures} replies were not the ones expected.`,
);
process.exitCode = failures === 0 ? 0 : 1;

/** A request the provider received: its route, its key hidden, and its body. */
function describeRequest({ method, path, json }: MockSmsRequest): string {
  const route = path.replace(/\/api\/v1\/[^/]+\/sendArray$/, '/api/v1/***/sendArray');
  return `${method} ${route}${json === undefined ? '' : ` ${brief(json)}`}`;
}

/** A value as one line of JSON, a long list shortened to its first and last entries. */
function brief(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    Array.isArray(entry) && entry.length > 4
      ? [entry[0], entry[1], `… ${entry.length - 3} more …`, entry.at(-1)]
      : entry,
  );
}
