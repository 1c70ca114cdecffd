import { describe, expect, it } from '@jest/globals';
import {
  batchJobId,
  CAMPAIGN_ID_PATTERN,
  campaignKeys,
} from '../../../../lib/bullmq/ledger/campaign-keys.js';

describe('campaign keys', () => {
  it('keeps a campaign under the prefix, beside the queue', () => {
    expect(campaignKeys('sms', 'spring-sale')).toEqual({
      meta: 'sms:campaigns:spring-sale',
      receptors: 'sms:campaigns:spring-sale:receptors',
      records: 'sms:campaigns:spring-sale:records',
      parked: 'sms:campaigns:spring-sale:parked',
      events: 'sms:campaigns:spring-sale:events',
    });
  });

  it.each([
    ['spring-sale', 0, 0, 'spring-sale/0'],
    ['spring-sale', 41, 0, 'spring-sale/41'],
    ['spring-sale', 41, 2, 'spring-sale/41/2'],
  ])('names the job of campaign %s, batch %i, resume %i: %s', (id, index, generation, jobId) => {
    expect(batchJobId(id, index, generation)).toBe(jobId);
  });

  it.each(['a', 'spring-sale', '2026.05_A', 'a'.repeat(128), '0f8fad5b-d9cb-469f-a165-70867728950e'])(
    'takes %s as a campaign id',
    (id) => expect(CAMPAIGN_ID_PATTERN.test(id)).toBe(true),
  );

  it.each(['', '-a', 'a:b', 'a b', 'a/b', 'a'.repeat(129), 'کمپین'])('refuses %s as a campaign id', (id) =>
    expect(CAMPAIGN_ID_PATTERN.test(id)).toBe(false),
  );
});
