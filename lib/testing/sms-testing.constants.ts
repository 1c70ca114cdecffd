/** The injection token of `RecordingSmsService`'s defaults (`defaultSender`, `timeZone`), already checked. */
export const SMS_TESTING_DEFAULTS = Symbol('SMS_TESTING_DEFAULTS');
