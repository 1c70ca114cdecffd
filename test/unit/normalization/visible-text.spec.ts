import { describe, expect, it } from '@jest/globals';
import { hasVisibleText } from '../../../lib/normalization/visible-text.js';

describe('hasVisibleText', () => {
  it.each(['Hello', 'سلام', 'می\u200cخواهم', ' x ', '😀', '\u200bx'])('%p shows', (text) => {
    expect(hasVisibleText(text)).toBe(true);
  });

  it.each([
    ['', 'nothing'],
    [' \t\n\u00a0\u3000', 'white space'],
    ['\u200b\u200c\u200d\u2060\ufeff', 'zero-width characters'],
    ['\u200e\u200f\u202a\u202e\u2066\u2069\u061c', 'direction marks'],
    ['\u00ad', 'a soft hyphen'],
    ['\u3164\u115f\u2800', 'blank fillers'],
  ])('%p does not (%s)', (text) => {
    expect(hasVisibleText(text)).toBe(false);
  });
});
