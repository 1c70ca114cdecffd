import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { apiKeyRedactor } from '../../../lib/security/api-key-redactor.js';

const KEY = 'S3CR3T/key+with=odd&chars and spaces ünï';
const redact = apiKeyRedactor(KEY);
const encoded = encodeURIComponent(KEY);

describe('apiKeyRedactor', () => {
  it.each([
    ['as given', KEY],
    ['percent-encoded', encoded],
    ['in lower-case hex', encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())],
    ['with + for a space', encoded.replaceAll('%20', '+')],
    ['encoded in part', encodeURI(KEY)],
    [
      'with every character encoded',
      Array.from(new TextEncoder().encode(KEY), (byte) => `%${byte.toString(16)}`).join(''),
    ],
  ])('hides the key written %s', (_form, written) => {
    expect(redact(`GET /api/v1/${written}/sendArray`)).toBe('GET /api/v1/***/sendArray');
  });

  it.each([
    ['S3CR3T', 'a run of six'],
    ['with=odd', 'a run between separators'],
    ['with%3Dodd', 'a run, encoded'],
    ['spaces', 'a run of letters'],
  ])('hides %s (%s)', (run) => {
    expect(redact(`key ${run} refused`)).toBe('key *** refused');
  });

  it.each(['key', 'chars', 'ünï', 'S3CR3', 'hello world'])(
    'leaves %s: shorter than six, or not the key',
    (text) => {
      expect(redact(text)).toBe(text);
    },
  );

  it('hides the key in any text around it, leaving the rest as it was', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const redacted = redact(`${before}${KEY}${after}`);
        expect(redacted).not.toContain('S3CR3T');
        expect(redacted.includes('***')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('takes a key made of pattern characters literally', () => {
    const odd = apiKeyRedactor('a.b*c(d)[e]{f}|g^h$i\\j?k');
    expect(odd('x a.b*c(d)[e]{f}|g^h$i\\j?k y')).toBe('x *** y');
    expect(odd('aXb')).toBe('aXb');
  });
});
