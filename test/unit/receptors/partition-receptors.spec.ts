import { describe, expect, it } from '@jest/globals';
import { partitionReceptors } from '../../../lib/receptors/partition-receptors.js';

describe('partitionReceptors', () => {
  it('keeps the first of each number, in order, and the invalid inputs as given', () => {
    expect(partitionReceptors(['09351112233', '+989121234567', 'x', '9351112233', 9121234567, ''])).toEqual({
      receptors: ['09351112233', '09121234567'],
      invalid: ['x', ''],
      count: 6,
    });
  });
});
