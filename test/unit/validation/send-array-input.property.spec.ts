import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { anything } from '../../support/arbitraries.js';
import { SmsException } from '../../../lib/exceptions/index.js';
import type { SendArrayInput } from '../../../lib/interfaces/index.js';
import type { SendArrayRequestBody } from '../../../lib/interfaces/index.js';
import { parseReceptors } from '../../../lib/receptors/parse-receptors.js';
import { validateSendArrayInput } from '../../../lib/validation/send-array-input.validator.js';

const DEFAULTS = { defaultSender: '3000', timeZone: 'Asia/Tehran' };
const RUNS = { numRuns: 400 };

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Mobile numbers in their usual written forms, as strings and as numbers. */
const receptor = fc.oneof(
  fc.stringMatching(/^(?:0|\+98|0098|98)?9\d{9}$/),
  fc.stringMatching(/^\+98 9\d\d \d{3} \d{4}$/),
  fc.integer({ min: 9_000_000_000, max: 9_999_999_999 }),
  fc.constantFrom('09121234567', '+98 912 123 4567', '۰۹۱۲۱۲۳۴۵۶۷', 9121234567),
);

const receptorLists = fc.oneof(
  fc.array(receptor, { minLength: 1, maxLength: 5 }),
  fc.array(receptor, { minLength: 95, maxLength: 110 }),
  fc.array(fc.oneof({ weight: 9, arbitrary: receptor }, { weight: 1, arbitrary: anything }), {
    maxLength: 20,
  }),
  fc.array(anything, { maxLength: 5 }),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.array(fc.oneof(fc.integer(), fc.double()), { maxLength: 5 }),
  anything,
);

/** Strings written `YYYY-MM-DD HH:mm:ss`, with any digits: real times past and future, and impossible ones. */
const sendDateText = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 24 }),
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 60 }),
  )
  .map(
    ([year, month, day, hour, minute, second]) =>
      `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)} ${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}`,
  );

const inputs = fc.oneof(
  anything,
  fc.record(
    {
      sender: fc.oneof(
        anything,
        fc.string(),
        fc.stringMatching(/^\+?\d{1,14}$/),
        fc.integer(),
        fc.double(),
        fc.constantFrom(undefined, null, '3000', ' ۳۰۰۰ '),
      ),
      message: fc.oneof(
        anything,
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u3000') }),
      ),
      receptors: receptorLists,
      date: fc.oneof(anything, fc.date(), fc.string(), sendDateText, fc.constantFrom(undefined, null)),
    },
    { requiredKeys: [] },
  ),
);

/** What `call` returned, or what it threw. */
function outcome<T>(call: () => T): { value: T } | { error: unknown } {
  try {
    return { value: call() };
  } catch (error) {
    return { error };
  }
}

function expectReceptors(receptors: unknown): void {
  expect(Array.isArray(receptors)).toBe(true);
  const list = receptors as unknown[];
  for (const receptor of list) expect(receptor).toMatch(/^09\d{9}$/);
  expect(new Set(list).size).toBe(list.length);
  expect(list.length).toBeGreaterThanOrEqual(1);
  expect(list.length).toBeLessThanOrEqual(100);
}

function expectBody(body: SendArrayRequestBody): void {
  expectReceptors(body.receptors);
  expect(body.sender).toMatch(/^\+?\d+$/);
  expect(typeof body.message).toBe('string');
  expect(body.message.trim()).not.toBe('');
}

describe('validateSendArrayInput', () => {
  it('returns a sendable body or throws an SmsException, whatever it is given', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = outcome(() => validateSendArrayInput(input as SendArrayInput, DEFAULTS));
        if ('error' in result) expect(result.error).toBeInstanceOf(SmsException);
        else expectBody(result.value);
      }),
      {
        ...RUNS,
        examples: [[{ message: '!', receptors: ['09121234567'], date: '0999-01-01 00:00:00' }]],
      },
    );
  });
});

describe('parseReceptors', () => {
  it('returns 1 to 100 distinct 09xxxxxxxxx numbers or throws an SmsException, whatever it is given', () => {
    fc.assert(
      fc.property(receptorLists, (values) => {
        const result = outcome(() => parseReceptors(values));
        if ('error' in result) expect(result.error).toBeInstanceOf(SmsException);
        else expectReceptors(result.value);
      }),
      RUNS,
    );
  });
});
