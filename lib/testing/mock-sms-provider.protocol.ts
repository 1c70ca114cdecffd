/**
 * How `MockSmsProvider` answers a request: the routes, and the provider's checks of a `sendArray` body, in the
 * order the provider's documentation implies. Pure functions over the request and the account.
 */
import { randomUUID } from 'node:crypto';
import { RECEPTOR_PATTERN } from '../receptors/normalize-receptor.js';
import { parseSendDate } from '../normalization/send-date.js';
import { SENDER_PATTERN } from '../normalization/sender.js';
import { hasVisibleText } from '../normalization/visible-text.js';
import {
  MAX_RECEPTORS_PER_REQUEST,
  ProviderErrorCode,
  ProviderErrorText,
} from '../provider/sms-provider.protocol.js';
import type { MockSmsMessage, MockSmsRequest } from './interfaces/index.js';

const BASE_PATH = '/api/v1';
const SEND_ARRAY_PATH = /^\/api\/v1\/([^/]+)\/sendArray$/;
const APPROVED = { status: 100, statustext: 'تایید شد' } as const;

/** Texts of the errors the documentation does not list. */
const MockErrorText = {
  INVALID_API_KEY: 'کلید API نامعتبر است',
  INVALID_BODY: 'بدنه درخواست باید یک شیء JSON باشد',
  EMPTY_MESSAGE: 'متن پیام خالی است',
  NOT_FOUND: 'مسیر یافت نشد',
} as const;

/** What the mock knows of the account it plays. */
export interface MockAccount {
  /** The API keys it accepts. */
  apiKeys: readonly string[];
  credit: number;
  /** The accepted sender lines; any line when absent. */
  senders?: ReadonlySet<string>;
  timeZone: string;
}

/** An HTTP status and a JSON body. */
export interface MockReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The reply to a request, and the send it accepted, if any. */
export interface MockAnswer {
  reply: MockReply;
  accepted?: MockSmsMessage;
}

/** Routes a request: the health probe target, `sendArray`, or 404. */
export function answerRequest(request: MockSmsRequest, account: MockAccount): MockAnswer {
  const path = request.path.split('?')[0];
  if (request.method === 'GET' && (path === BASE_PATH || path === `${BASE_PATH}/`)) {
    return { reply: { status: 200, body: { status: 'ok' } } };
  }
  const key = SEND_ARRAY_PATH.exec(path)?.[1];
  if (request.method !== 'POST' || key === undefined) return errorAnswer(404, 404, MockErrorText.NOT_FOUND);
  if (!account.apiKeys.includes(decodeKey(key) ?? ''))
    return errorAnswer(401, 401, MockErrorText.INVALID_API_KEY);
  return answerSendArray(request.json, account);
}

/** Checks a `sendArray` body as the provider would, and accepts it when every check passes. */
function answerSendArray(json: unknown, account: MockAccount): MockAnswer {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return errorAnswer(400, 400, MockErrorText.INVALID_BODY);
  }
  const { sender, message, receptors, date } = json as Record<string, unknown>;
  const line = typeof sender === 'number' ? String(sender) : sender;
  if (typeof line !== 'string' || !SENDER_PATTERN.test(line) || account.senders?.has(line) === false) {
    return providerError(ProviderErrorCode.INVALID_SENDER, ProviderErrorText.INVALID_SENDER);
  }
  if (typeof message !== 'string' || !hasVisibleText(message)) {
    return errorAnswer(400, 400, MockErrorText.EMPTY_MESSAGE);
  }
  if (!isReceptorList(receptors)) {
    return providerError(ProviderErrorCode.INVALID_RECEPTOR, ProviderErrorText.INVALID_RECEPTOR);
  }
  if (receptors.length > MAX_RECEPTORS_PER_REQUEST) {
    return providerError(ProviderErrorCode.TOO_MANY_RECEPTORS, ProviderErrorText.TOO_MANY_RECEPTORS);
  }
  if (date !== undefined && !isFutureDate(date, account.timeZone)) {
    return providerError(ProviderErrorCode.CREDIT_OR_DATE, ProviderErrorText.INVALID_DATE);
  }
  if (account.credit < receptors.length) {
    return providerError(ProviderErrorCode.CREDIT_OR_DATE, ProviderErrorText.INSUFFICIENT_CREDIT);
  }
  const messageId = randomUUID();
  const time = new Date();
  const data = { message_id: messageId, ...APPROVED, time: Math.floor(time.getTime() / 1000) };
  return {
    reply: { status: 200, body: { data } },
    accepted: {
      messageId,
      sender: line,
      message,
      receptors: [...receptors],
      ...(date === undefined ? {} : { date }),
      time,
    },
  };
}

function isReceptorList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((receptor) => typeof receptor === 'string' && RECEPTOR_PATTERN.test(receptor))
  );
}

function isFutureDate(value: unknown, timeZone: string): value is string {
  const instant = typeof value === 'string' ? parseSendDate(value, timeZone) : undefined;
  return instant !== undefined && instant.getTime() > Date.now();
}

function decodeKey(key: string): string | undefined {
  try {
    return decodeURIComponent(key);
  } catch {
    return undefined;
  }
}

/** One of the provider's error envelopes, sent with HTTP 200: its documentation names no HTTP status. */
function providerError(code: number, message: string): MockAnswer {
  return errorAnswer(200, code, message);
}

function errorAnswer(httpStatus: number, code: number, message: string): MockAnswer {
  return { reply: { status: httpStatus, body: { error: { status: code, message } } } };
}
