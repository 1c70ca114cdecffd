import { describe, expect, it } from '@jest/globals';
import { outsideText, outsideValue } from '../../../lib/security/outside-text.js';

const asIs = (text: string) => text;

describe('outsideText', () => {
  it.each([
    ['line\r\nbreaks', 'line\\r\\nbreaks'],
    ['tab\there', 'tab\\there'],
    ['escape \u001b[31mred', 'escape \\u001b[31mred'],
    ['separators \u2028\u2029', 'separators \\u2028\\u2029'],
    ['bidi \u202eevil\u2066', 'bidi \\u202eevil\\u2066'],
    ['نام‌خانوادگی', 'نام‌خانوادگی'],
  ])('escapes what would break a log line: %p', (text, expected) => {
    expect(outsideText(text, asIs)).toBe(expected);
  });

  it('cuts a long text to 200 code units and an ellipsis, never inside a surrogate pair', () => {
    expect(outsideText('x'.repeat(1_000), asIs)).toBe(`${'x'.repeat(200)}…`);
    const cut = outsideText(`${'x'.repeat(199)}😀😀`, asIs);
    expect(cut).toBe(`${'x'.repeat(199)}…`);
  });

  it('redacts before it escapes and cuts', () => {
    expect(outsideText('key=SECRET\n', (text) => text.replaceAll('SECRET', '***'))).toBe('key=***\\n');
  });
});

describe('outsideValue', () => {
  it.each([
    ['text', 'text'],
    [42, '42'],
    [{ at: 1 }, '{"at":1}'],
    [undefined, 'undefined'],
  ])('writes %p as %p', (value, expected) => {
    expect(outsideValue(value, asIs)).toBe(expected);
  });
});
