// A queue worker process, for the queue tests, the benchmark and `npm run demo:queue`: an application context with
// SmsModule and SmsQueueModule from the built package (dist/), set up by the JSON in argv[2] (see
// queue-workers.ts). It prints "ready" once started, and closes the application on SIGTERM.
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SmsModule } from 'nestjs-sms';
import { SmsQueueModule } from 'nestjs-sms/bullmq';

const {
  apiKey,
  baseUrl,
  sender = '10004346',
  sms = {},
  logLevels = ['error', 'warn'],
  queue,
} = JSON.parse(process.argv[2]);

class QueueWorkerModule {}
Module({
  imports: [
    SmsModule.forRoot({ apiKey, baseUrl, defaultSender: sender, ...sms }),
    SmsQueueModule.forRoot(queue),
  ],
})(QueueWorkerModule);

const app = await NestFactory.createApplicationContext(QueueWorkerModule, { logger: logLevels });
process.once('SIGTERM', () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
console.log('ready');
