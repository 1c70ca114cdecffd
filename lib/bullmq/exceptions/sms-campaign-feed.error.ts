/**
 * `SmsCampaignService.start` stopped before every batch was queued: reading the receptors failed (`cause` is the
 * source's own error), or another `start` of the same campaign is queueing it. The batches queued are sent; start
 * the campaign again with the same id and receptors to queue the rest: nothing is queued twice.
 */
export class SmsCampaignFeedError extends Error {
  constructor(
    /** The campaign's id. */
    readonly campaignId: string,
    /** The receptors queued so far. */
    readonly queued: number,
    why: string,
    cause?: unknown,
  ) {
    super(`Campaign "${campaignId}" stopped after ${queued} receptors were queued: ${why}`, { cause });
    this.name = 'SmsCampaignFeedError';
  }
}
