#!/usr/bin/env node
/**
 * `nestjs-sms-mock`: runs `MockSmsProvider` on its own for local development, printing its URL and a line for each
 * request, until Ctrl+C. See `nestjs-sms-mock --help`.
 */
import type { MockSmsAnswer } from '../testing/interfaces/index.js';
import { MockSmsProvider } from '../testing/mock-sms-provider.js';
import { MOCK_SERVER_USAGE, parseMockServerArgs } from './mock-server.args.js';
import { mockAnswerLine } from './mock-server.log.js';

let provider: MockSmsProvider;
try {
  const args = parseMockServerArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${MOCK_SERVER_USAGE}\n`);
    process.exit(0);
  }
  provider = new MockSmsProvider({ ...args.options, onAnswer: (answer) => print(answer) });
} catch (error) {
  process.stderr.write(`nestjs-sms-mock: ${(error as Error).message}\n\n${MOCK_SERVER_USAGE}\n`);
  process.exit(2);
}
const describeAnswer = mockAnswerLine(provider.apiKeys);
const print = (answer: MockSmsAnswer) => process.stdout.write(`${describeAnswer(answer)}\n`);

// Before the URL is printed: whoever reads it may stop the process at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void provider.stop().then(() => process.exit(0)));
}

const baseUrl = await provider.start().catch((error: Error) => {
  process.stderr.write(`nestjs-sms-mock: cannot listen: ${error.message}\n`);
  process.exit(1);
});
const keys = provider.apiKeys.length;
process.stdout.write(
  `MockSmsProvider listening at ${baseUrl}, accepting ${keys} API key${keys === 1 ? '' : 's'}; Ctrl+C to stop\n`,
);
