import { HttpException } from '@nestjs/common';

/** What the provider said, when an exception comes from one of its error envelopes. */
export interface SmsProviderError {
  /** The provider's error code (`415` to `418`, or one this package does not know). */
  providerCode?: number;
  /** The provider's own error text, in Persian, as it sent it. */
  providerMessage?: string;
}

/** The body of every `SmsException`, as an application's HTTP client receives it. */
export interface SmsExceptionBody extends SmsProviderError {
  statusCode: number;
  /** A stable, machine-readable code, such as `SMS_INVALID_RECEPTOR`. */
  code: string;
  message: string;
}

/**
 * The base class of every error `nestjs-sms` throws while sending: an `HttpException`, so that an exception
 * left unhandled in a controller becomes a meaningful HTTP reply. Catch it to handle any SMS failure.
 *
 * No `SmsException` ever holds the API key: not in its message, its body, its stack or a `cause`.
 */
export abstract class SmsException extends HttpException {
  /** The provider's error code, when the provider answered with an error envelope. */
  readonly providerCode?: number;
  /** The provider's own error text, when the provider answered with an error envelope. */
  readonly providerMessage?: string;

  protected constructor(
    message: string,
    status: number,
    readonly code: string,
    provider: SmsProviderError = {},
    extraBody: object = {},
  ) {
    const body: SmsExceptionBody = { statusCode: status, code, message, ...provider, ...extraBody };
    super(body, status);
    this.providerCode = provider.providerCode;
    this.providerMessage = provider.providerMessage;
  }
}
