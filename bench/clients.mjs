// The three ways of sending one request that the benchmark compares, each a function `() => Promise<void>`.
import axios from 'axios';
import { Agent, request } from 'node:http';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SmsModule, SmsService } from 'nestjs-sms';

export const API_KEY = 'bench-key';

/** 100 distinct receptors in the provider's own form, and the body the three clients send. */
export const RECEPTORS = Array.from(
  { length: 100 },
  (_, i) => `0912${String(1_000_000 + i).padStart(7, '0')}`,
);
export const INPUT = {
  sender: '10004346',
  message: 'Your verification code is 482913',
  receptors: RECEPTORS,
};

/** The floor: a raw node:http POST on a keep-alive agent. */
export function rawHttpClient(baseUrl) {
  const agent = new Agent({ keepAlive: true });
  const url = new URL(`${baseUrl}/${API_KEY}/sendArray`);
  return () =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(INPUT);
      const outgoing = request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => (JSON.parse(text).data ? resolve() : reject(new Error(text))));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
}

/** A raw axios POST with its defaults, on the same kind of agent and with the same body. */
export function rawAxiosClient(baseUrl) {
  const client = axios.create({ httpAgent: new Agent({ keepAlive: true }) });
  const url = `${baseUrl}/${API_KEY}/sendArray`;
  return async () => {
    const reply = await client.post(url, INPUT, { headers: { accept: 'application/json' } });
    if (!reply.data.data) throw new Error('no data envelope');
  };
}

/** `SmsService.sendArray` in a Nest application logging as production ones do (log, warn, error), or at `levels`. */
export async function smsServiceClient(baseUrl, levels = ['error', 'warn', 'log']) {
  class BenchModule {}
  Module({ imports: [SmsModule.forRoot({ apiKey: API_KEY, baseUrl })] })(BenchModule);
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: levels });
  const sms = app.get(SmsService);
  return { send: () => sms.sendArray(INPUT), sms, close: () => app.close() };
}
