import { Injectable } from '@nestjs/common';
import { SmsAuthenticationException, SmsInsufficientCreditException } from '../exceptions/index.js';

/** Why every send of the account fails now. */
export type SmsAccountProblem = 'insufficient credit' | 'API key refused';

/**
 * What is known to be wrong with the account: its credit ran out (a send failed with
 * `SmsInsufficientCreditException`) or its key was refused (`SmsAuthenticationException`). Every send fails until
 * the provider accepts one again, which clears it; the health indicator reports it meanwhile.
 */
@Injectable()
export class SmsAccountStatus {
  #problem?: SmsAccountProblem;

  /** What every send would fail for now, if anything. */
  get problem(): SmsAccountProblem | undefined {
    return this.#problem;
  }

  /** Notes a send the provider accepted. */
  recordAccepted(): void {
    this.#problem = undefined;
  }

  /** Notes a send that failed with `exception`. */
  recordFailed(exception: unknown): void {
    if (exception instanceof SmsInsufficientCreditException) this.#problem = 'insufficient credit';
    else if (exception instanceof SmsAuthenticationException) this.#problem = 'API key refused';
  }
}
