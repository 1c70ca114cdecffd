import { NotFoundException } from '@nestjs/common';

/** No campaign has this id (under the module's `prefix`). A `NotFoundException`: a controller answers 404. */
export class SmsCampaignNotFoundException extends NotFoundException {
  constructor(
    /** The id asked for. */
    readonly campaignId: string,
  ) {
    super(`No SMS campaign "${campaignId}"`);
    this.name = 'SmsCampaignNotFoundException';
  }
}
