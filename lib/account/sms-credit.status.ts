import { Injectable } from '@nestjs/common';
import { SmsInsufficientCreditException } from '../exceptions/index.js';

/**
 * Whether the account's credit ran out: set when a send fails with `SmsInsufficientCreditException`, cleared by the
 * next send the provider accepts. Every send fails until then, so the health indicator reports it.
 */
@Injectable()
export class SmsCreditStatus {
  #exhausted = false;

  get isExhausted(): boolean {
    return this.#exhausted;
  }

  /** Notes a send the provider accepted. */
  recordAccepted(): void {
    this.#exhausted = false;
  }

  /** Notes a send that failed with `exception`. */
  recordFailed(exception: unknown): void {
    if (exception instanceof SmsInsufficientCreditException) this.#exhausted = true;
  }
}
