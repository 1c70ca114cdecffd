/**
 * An option of `SmsModule` (or `SmsTestingModule`) is missing or malformed. Thrown while the application starts
 * (a malformed `name`, by `forRoot` itself), so that a misconfigured application never runs. Its message names
 * the option and never holds the API key.
 */
export class SmsOptionsError extends Error {
  constructor(
    /** The option at fault, such as `baseUrl`. */
    readonly option: string,
    requirement: string,
  ) {
    super(`nestjs-sms option "${option}" ${requirement}`);
    this.name = 'SmsOptionsError';
  }
}
