import { describe, expect, it } from '@jest/globals';
import { splitReceptorList } from '../../../lib/receptors/receptor-list.js';

describe('splitReceptorList', () => {
  it.each([
    ['09121234567', ['09121234567']],
    ['09121234567, 09351112233', ['09121234567', '09351112233']],
    ['09121234567،09351112233', ['09121234567', '09351112233']],
    [' 09121234567 ,, 09351112233 ,', ['09121234567', '09351112233']],
    ['', []],
  ])('%p → %p', (input, expected) => {
    expect(splitReceptorList(input)).toEqual(expected);
  });
});
