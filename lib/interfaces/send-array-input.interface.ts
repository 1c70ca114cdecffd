/** One text to send to up to 100 mobile numbers, as `SmsService.sendArray` takes it. */
export interface SendArrayInput {
  /** The sender line; `defaultSender` when left out. Digits, optionally after a `+`. */
  sender?: string | number;
  /** The text. Anything but empty or blank. */
  message: string;
  /**
   * Iranian mobile numbers in any usual form (`09…`, `+989…`, `00989…`, `989…`, `9…`, Persian or Arabic-Indic
   * digits, spaces, dashes, parentheses). Duplicates are sent once; 1 to 100 distinct numbers.
   */
  receptors: ReadonlyArray<string | number>;
  /**
   * When to send; at once when left out. A `Date`, or a string `YYYY-MM-DD HH:mm:ss` read in the module's
   * `timeZone`. It must lie in the future.
   */
  date?: Date | string;
}

/** Per-call settings for `SmsService.sendArray`. */
export interface SendArrayOptions {
  /** Abandons the call when it fires; the call then rejects with `SmsAbortedException`. */
  signal?: AbortSignal;
  /** This call's timeout in milliseconds, in place of the module's: a whole number from 1 to 2,147,483,647. */
  timeout?: number;
  /** The most parts the message may be sent in, in place of the module's `maxSegments`. */
  maxSegments?: number;
}
