import { describe, expect, it } from '@jest/globals';
import {
  INTERRUPTED,
  INTERRUPTED_RECORD,
  outcomeRecord,
  readBatch,
} from '../../../../lib/bullmq/ledger/batch-record.js';

const RECEPTORS = '09121234567,09351112233';
const TIMEOUT = { code: 'SMS_TIMEOUT', message: 'Timed out', maybeSent: true };
const CANCELLED = { code: 'SMS_ABORTED', message: 'Aborted', maybeSent: false };

describe('batch records', () => {
  it.each([
    [{ status: 'accepted', messageId: 'm-1' } as const, 'a|m-1'],
    [
      { status: 'failed', error: { ...TIMEOUT, maybeSent: false } } as const,
      `f|${JSON.stringify({ ...TIMEOUT, maybeSent: false })}`,
    ],
    [{ status: 'unknown', error: TIMEOUT } as const, `u|${JSON.stringify(TIMEOUT)}`],
  ])('writes %j as %s', (outcome, record) => {
    expect(outcomeRecord(outcome)).toBe(record);
  });

  it.each([
    [null, undefined, { status: 'pending' }],
    ['s|job-1', undefined, { status: 'pending' }],
    [null, CANCELLED, { status: 'skipped', error: CANCELLED }],
    ['s|job-1', CANCELLED, { status: 'pending' }],
    ['a|m-1', CANCELLED, { status: 'accepted', messageId: 'm-1' }],
    [`f|${JSON.stringify(TIMEOUT)}`, undefined, { status: 'failed', error: TIMEOUT }],
    [INTERRUPTED_RECORD, undefined, { status: 'unknown', error: INTERRUPTED }],
  ])('reads the record %s (campaign stopped by %j) as %j', (record, stoppedBy, seen) => {
    expect(readBatch(7, RECEPTORS, record, stoppedBy)).toEqual({
      index: 7,
      receptors: ['09121234567', '09351112233'],
      ...seen,
    });
  });

  it('says that an interrupted batch may have been sent', () => {
    expect(INTERRUPTED).toMatchObject({ code: 'SMS_SEND_INTERRUPTED', maybeSent: true });
  });
});
