/**
 * Boots the application against a MockSmsProvider (credit 5), checks it over real HTTP and in-process, and exits
 * 0 only when every check held. The order matters: the health check is up until the send beyond the credit.
 * The same source runs in every consumer: compiled as ES modules, or as CommonJS, whose require() calls load
 * nestjs-sms (an ES module) through Node's require(esm).
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { HttpException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SmsException, SmsInsufficientCreditException, SmsService } from 'nestjs-sms';
import { MockSmsProvider } from 'nestjs-sms/testing';
import { AppModule } from './app.module.js';
import { call, runChecks } from './checks.js';
import { checkQueueEntry } from './queue.checks.js';

const overCredit = ['09350000001', '09350000002', '09350000003', '09350000004'];

async function main(): Promise<number> {
  const provider = new MockSmsProvider({ credit: 5 });
  let failed = 1;
  try {
    process.env.SMS_BASE_URL = await provider.start();
    process.env.SMS_API_KEY = provider.apiKey;

    const app = await NestFactory.create(AppModule, { logger: ['error'] });
    try {
      await app.listen(0, '127.0.0.1');
      const url = await app.getUrl();

      failed = await runChecks([
        [
          'GET /health is 200 with sms up',
          async () => {
            const reply = await call(url, 'GET', '/health');
            assert.equal(reply.status, 200, JSON.stringify(reply.body));
            assert.equal(reply.body.status, 'ok');
            assert.equal((reply.body.details as Record<string, { status: string }>).sms.status, 'up');
          },
        ],
        [
          'POST /sms is 201 with a messageId; receptors normalised; credit 5 -> 3',
          async () => {
            const reply = await call(url, 'POST', '/sms', {
              message: 'Your code is 1234',
              receptors: ['+98 912 123 4567', '۰۹۳۵۱۱۱۲۲۳۳', '09121234567'],
            });
            assert.equal(reply.status, 201, JSON.stringify(reply.body));
            assert.equal(typeof reply.body.messageId, 'string');
            assert.ok((reply.body.messageId as string).length > 0);
            assert.equal(reply.body.status, 100);
            assert.equal(provider.messages.length, 1);
            assert.deepEqual(provider.messages[0].receptors, ['09121234567', '09351112233']);
            assert.equal(provider.messages[0].sender, '10004346');
            assert.equal(provider.credit, 3);
          },
        ],
        [
          'POST /sms with an invalid receptor is 400 SMS_INVALID_RECEPTOR; nothing sent',
          async () => {
            const reply = await call(url, 'POST', '/sms', {
              message: 'Hi',
              receptors: ['09121234567', '12345'],
            });
            assert.equal(reply.status, 400, JSON.stringify(reply.body));
            assert.equal(reply.body.code, 'SMS_INVALID_RECEPTOR');
            assert.deepEqual(reply.body.invalidReceptors, ['12345']);
            assert.equal(provider.messages.length, 1);
          },
        ],
        [
          'POST /sms to 4 receptors with a credit of 3 is 402 SMS_INSUFFICIENT_CREDIT',
          async () => {
            const reply = await call(url, 'POST', '/sms', {
              message: 'Hello, everyone',
              receptors: overCredit,
            });
            assert.equal(reply.status, 402, JSON.stringify(reply.body));
            assert.equal(reply.body.code, 'SMS_INSUFFICIENT_CREDIT');
            assert.equal(reply.body.providerCode, 418);
            assert.equal(provider.credit, 3);
          },
        ],
        [
          'GET /health is 503 with sms down: insufficient credit',
          async () => {
            const reply = await call(url, 'GET', '/health');
            assert.equal(reply.status, 503, JSON.stringify(reply.body));
            assert.equal(reply.body.status, 'error');
            assert.deepEqual((reply.body.error as Record<string, unknown>).sms, {
              status: 'down',
              reason: 'insufficient credit',
            });
          },
        ],
        [
          'in-process: SmsService.sendArray rejects with an instanceof SmsException (one copy of the classes)',
          async () => {
            const sms = app.get(SmsService);
            assert.ok(sms instanceof SmsService);
            const error: unknown = await sms.sendArray({ message: 'Hello', receptors: overCredit }).then(
              () => assert.fail('sendArray resolved beyond the credit'),
              (rejection: unknown) => rejection,
            );
            assert.ok(
              error instanceof SmsInsufficientCreditException,
              `not SmsInsufficientCreditException: ${String(error)}`,
            );
            assert.ok(error instanceof SmsException, 'not an SmsException');
            assert.ok(error instanceof HttpException, "not the application's @nestjs/common HttpException");
            assert.equal(error.getStatus(), 402);
            assert.equal(error.code, 'SMS_INSUFFICIENT_CREDIT');
          },
        ],
        ['nestjs-sms/bullmq loads and builds SmsQueueModule (no Redis needed)', checkQueueEntry],
      ]);
    } finally {
      await app.close();
    }
  } finally {
    await provider.stop();
  }

  console.log(failed === 0 ? 'every check held' : `${failed} check(s) failed`);
  return failed;
}

main().then(
  (failed) => {
    process.exitCode = failed === 0 ? 0 : 1;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
