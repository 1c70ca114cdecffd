/** The injection token of the module's checked options, with defaults applied and Redis resolved. */
export const SMS_QUEUE_RESOLVED_OPTIONS = Symbol('SMS_QUEUE_RESOLVED_OPTIONS');

/** The injection token of the application's `BullModule.forRoot` configuration the module may reuse. */
export const SMS_QUEUE_SHARED_CONFIG = Symbol('SMS_QUEUE_SHARED_CONFIG');

/** The logger context of the queue's lines. */
export const SMS_QUEUE_LOG_CONTEXT = 'SmsCampaign';

/** The injection token of the campaign ledger. */
export const CAMPAIGN_LEDGER = Symbol('CAMPAIGN_LEDGER');

/** The injection token of the campaigns' jobs in the queue. */
export const CAMPAIGN_JOBS = Symbol('CAMPAIGN_JOBS');
