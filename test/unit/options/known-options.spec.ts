import { describe, expect, it } from '@jest/globals';
import { checkKnownOptions, nearestOption } from '../../../lib/options/known-options.js';
import { SmsOptionsError } from '../../../lib/index.js';

const KNOWN = [
  'apiKey',
  'baseUrl',
  'defaultSender',
  'timeout',
  'timeZone',
  'healthCheckUrl',
  'healthTimeout',
  'retry',
  'maxSegments',
];

describe('nearestOption', () => {
  it.each([
    ['apikey', 'apiKey'],
    ['timeOut', 'timeout'],
    ['sender', 'defaultSender'],
    ['maxSegment', 'maxSegments'],
    ['healthTimout', 'healthTimeout'],
    ['baseurl', 'baseUrl'],
    ['retries', 'retry'],
    ['colour', undefined],
    ['x', undefined],
  ])('%s → %p', (name, expected) => {
    expect(nearestOption(name, KNOWN)).toBe(expected);
  });
});

describe('checkKnownOptions', () => {
  it('passes known options', () => {
    expect(() => checkKnownOptions({ apiKey: 'k', retry: {} }, KNOWN, 'SmsModule')).not.toThrow();
  });

  it('names the first unknown one, after the prefix', () => {
    expect(() => checkKnownOptions({ attemps: 2 }, ['attempts'], 'SmsModule', 'retry.')).toThrow(
      new SmsOptionsError('retry.attemps', 'is not an option of SmsModule; did you mean "retry.attempts"?'),
    );
  });
});
