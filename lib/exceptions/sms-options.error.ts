/**
 * An option of `SmsModule` (or `SmsTestingModule`) is missing, malformed or unknown. Thrown while the application
 * starts (a malformed `name`, by `forRoot` itself), so that a misconfigured application never runs. Its message
 * names the option, and the instance for a named one; it never holds the API key or a credential.
 */
export class SmsOptionsError extends Error {
  constructor(
    /** The option at fault, such as `baseUrl`, or `retry.attempts` within `retry`. */
    readonly option: string,
    /** What is wrong with it, as the end of a sentence. */
    readonly requirement: string,
    /** The name of the instance whose option it is; undefined for the unnamed instance. */
    readonly instance?: string,
  ) {
    super(
      instance === undefined
        ? `nestjs-sms option "${option}" ${requirement}`
        : `nestjs-sms instance "${instance}": option "${option}" ${requirement}`,
    );
    this.name = 'SmsOptionsError';
  }

  /** The same error, naming the instance `name` whose option it is. */
  inInstance(name: string | undefined): SmsOptionsError {
    return name === undefined ? this : new SmsOptionsError(this.option, this.requirement, name);
  }
}
