import { HttpException } from '@nestjs/common';

/** What the provider said, when an exception comes from one of its error envelopes. */
export interface SmsProviderError {
  /** The provider's error code (`415` to `418`, or one this package does not know). */
  providerCode?: number;
  /** The provider's own error text, in Persian, as it sent it. */
  providerMessage?: string;
}

/** What an `SmsException` knows beyond its message. */
export interface SmsExceptionDetails extends SmsProviderError {
  /** Whether the provider may have accepted the request although it failed. Default `false`. */
  maybeSent?: boolean;
}

/** The body of every `SmsException`, as an application's HTTP client receives it. */
export interface SmsExceptionBody extends SmsProviderError {
  /** The HTTP status, as in Nest's own exception bodies. */
  statusCode: number;
  /** A stable, machine-readable code, such as `SMS_INVALID_RECEPTOR`. */
  code: string;
  /** What went wrong, in English; never a phone number or the API key. */
  message: string;
  /** Present, and `true`, when the provider may have accepted the request although it failed. */
  maybeSent?: true;
}

/**
 * An `SmsException` as plain data: what survives `JSON.stringify` or a trip through a queue or a database, where the
 * exception's class does not.
 */
export interface SmsErrorSummary extends SmsProviderError {
  /** The stable, machine-readable code, such as `SMS_INSUFFICIENT_CREDIT`. */
  code: string;
  /** What went wrong, in English; never a phone number or the API key. */
  message: string;
  /** Whether the provider may have accepted the request although it failed. */
  maybeSent: boolean;
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
  /**
   * Whether the provider may have accepted the request although it failed: the request was sent and no reply
   * said it was refused (a timeout, a connection cut after the request was written, a reply that could not be
   * read). Sending it again may then deliver it twice; this package never does.
   */
  readonly maybeSent: boolean;
  /** A stable, machine-readable code, such as `SMS_INVALID_RECEPTOR`, also in the body. */
  readonly code: string;

  protected constructor(
    message: string,
    status: number,
    code: string,
    details: SmsExceptionDetails = {},
    extraBody: object = {},
  ) {
    const { providerCode, providerMessage, maybeSent = false } = details;
    const body: SmsExceptionBody = {
      statusCode: status,
      code,
      message,
      ...(providerCode === undefined ? {} : { providerCode }),
      ...(providerMessage === undefined ? {} : { providerMessage }),
      ...(maybeSent ? { maybeSent } : {}),
      ...extraBody,
    };
    super(body, status);
    this.code = code;
    this.providerCode = providerCode;
    this.providerMessage = providerMessage;
    this.maybeSent = maybeSent;
  }

  /** The exception as plain data, which `JSON.stringify` writes: its code, message, `maybeSent` and provider's word. */
  toJSON(): SmsErrorSummary {
    const { code, message, maybeSent, providerCode, providerMessage } = this;
    return {
      code,
      message,
      maybeSent,
      ...(providerCode === undefined ? {} : { providerCode }),
      ...(providerMessage === undefined ? {} : { providerMessage }),
    };
  }
}
