import { describe, expect, it } from '@jest/globals';
import { readReplyTime } from '../../../lib/provider/reply-time.js';

const INSTANT = new Date('2022-03-05T09:42:52Z');

describe('readReplyTime', () => {
  it.each<[unknown, string, Date]>([
    [1646473372, 'Asia/Tehran', INSTANT],
    ['1646473372', 'Asia/Tehran', INSTANT],
    [1646473372.5, 'Asia/Tehran', new Date(1646473372500)],
    ['2022-03-05 13:12:52', 'Asia/Tehran', INSTANT],
    ['2022-03-05 09:42:52', 'UTC', INSTANT],
    ['2022-03-05T13:12:52+03:30', 'UTC', INSTANT],
    ['2022-03-05T13:12:52+0330', 'UTC', INSTANT],
    ['2022-03-05T09:42:52Z', 'Asia/Tehran', INSTANT],
    ['2022-03-05T09:42:52.000Z', 'Asia/Tehran', INSTANT],
    ['2022-03-05T09:42Z', 'Asia/Tehran', new Date('2022-03-05T09:42:00Z')],
  ])('reads %p (in %s)', (value, timeZone, expected) => {
    expect(readReplyTime(value, timeZone)).toEqual(expected);
  });

  it.each<unknown>([
    'soon',
    '',
    '2022-02-30 10:00:00',
    '2022-02-30T10:00:00Z',
    '2022-03-05T24:00:00Z',
    '2022-03-05T13:12:52',
    '2022-03-05T13:12:52+25:00',
    '-5',
    1e300,
    Number.NaN,
    null,
    true,
    { at: 1 },
    [1646473372],
  ])('does not read %p', (value) => {
    expect(readReplyTime(value, 'Asia/Tehran')).toBeUndefined();
  });
});
