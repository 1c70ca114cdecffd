import { describe, expect, it } from '@jest/globals';
import { campaignStatus, stopReason } from '../../../../lib/bullmq/ledger/campaign-status.js';

const CREATED = 1_800_000_000_000;
const base = {
  createdAt: String(CREATED),
  total: '1000',
  accepted: '400',
  failed: '100',
  unknown: '100',
  skipped: '0',
  sending: '100',
  invalid: '3',
  segments: '2',
  batches: '10',
};
const CREDIT = { code: 'SMS_INSUFFICIENT_CREDIT', message: 'Not enough credit', maybeSent: false };

describe('campaignStatus', () => {
  it('counts every receptor once, the pending ones by difference, and the segments of the accepted ones', () => {
    expect(campaignStatus('c', base)).toEqual({
      id: 'c',
      state: 'feeding',
      total: 1_000,
      accepted: 400,
      failed: 100,
      unknown: 100,
      skipped: 0,
      pending: 400,
      invalid: 3,
      segments: 800,
      createdAt: new Date(CREATED),
    });
  });

  it.each([
    [{}, 'feeding'],
    [{ fed: '1' }, 'running'],
    [{ fed: '1', paused: '1' }, 'paused'],
    [{ paused: '1' }, 'paused'],
    [{ fed: '1', finishedAt: String(CREATED + 5) }, 'completed'],
    [{ fed: '1', stop: 'cancelled' }, 'cancelled'],
    [{ fed: '1', stop: 'halted', haltedBy: JSON.stringify(CREDIT) }, 'halted'],
    [{ fed: '1', stop: 'halted', haltedBy: JSON.stringify(CREDIT), finishedAt: String(CREATED) }, 'halted'],
  ])('reads the state of %j as %s', (fields, state) => {
    expect(campaignStatus('c', { ...base, ...fields }).state).toBe(state);
  });

  it('gives finishedAt and haltedBy when they are set', () => {
    const status = campaignStatus('c', {
      ...base,
      stop: 'halted',
      haltedBy: JSON.stringify(CREDIT),
      finishedAt: String(CREATED + 60_000),
    });
    expect(status.finishedAt).toEqual(new Date(CREATED + 60_000));
    expect(status.haltedBy).toEqual(CREDIT);
  });
});

describe('stopReason', () => {
  it.each([
    [{}, undefined],
    [{ paused: '1' }, undefined],
    [{ stop: 'halted', haltedBy: JSON.stringify(CREDIT) }, CREDIT],
    [{ stop: 'cancelled' }, expect.objectContaining({ code: 'SMS_ABORTED', maybeSent: false })],
  ])('for %j is %j', (fields, reason) => {
    expect(stopReason({ ...base, ...fields })).toEqual(reason);
  });
});
