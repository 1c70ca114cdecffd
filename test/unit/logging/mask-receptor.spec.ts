import { describe, expect, it } from '@jest/globals';
import { describeReceptors, maskReceptor } from '../../../lib/logging/mask-receptor.js';

describe('masking', () => {
  it('hides the middle of a number', () => {
    expect(maskReceptor('09121234567')).toBe('0912***4567');
  });

  it.each([
    [['09121234567'], '1 receptor (0912***4567)'],
    [['09121234567', '09351112233'], '2 receptors (0912***4567, 0935***2233)'],
    [
      ['09121234567', '09351112233', '09011112222', '09901234567', '09131234567'],
      '5 receptors (0912***4567, 0935***2233, 0901***2222, 2 more)',
    ],
  ])('describes %p', (receptors, expected) => {
    expect(describeReceptors(receptors)).toBe(expected);
  });
});
