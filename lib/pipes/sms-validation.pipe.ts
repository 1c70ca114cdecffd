import {
  Injectable,
  Optional,
  ValidationPipe,
  type ValidationError,
  type ValidationPipeOptions,
} from '@nestjs/common';
import {
  SmsException,
  SmsInvalidDateException,
  SmsInvalidReceptorException,
  SmsInvalidSenderException,
  SmsValidationException,
} from '../exceptions/index.js';
import { parseReceptors } from '../receptors/parse-receptors.js';

/**
 * A `ValidationPipe` for `SendArrayDto` whose failures are the `SmsException`s `SmsService` throws: an invalid
 * receptor gives `SmsInvalidReceptorException` listing the offending inputs, an invalid sender
 * `SmsInvalidSenderException`, and so on. It transforms, and rejects properties the DTO does not declare.
 *
 * @example
 * ```ts
 * @Post('sms')
 * send(@Body(SmsValidationPipe) dto: SendArrayDto) {
 *   return this.sms.sendArray(dto);
 * }
 * ```
 */
@Injectable()
export class SmsValidationPipe extends ValidationPipe {
  constructor(@Optional() options: ValidationPipeOptions = {}) {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      ...options,
      exceptionFactory: (errors) => smsExceptionFor(errors[0]),
    });
  }
}

function smsExceptionFor(error: ValidationError): SmsException {
  const reasons = new Set(Object.values(error.constraints ?? {}));
  const reason = [...reasons].join('; ') || `${error.property} is invalid`;
  switch (error.property) {
    case 'receptors':
      return receptorsException(error.value) ?? new SmsInvalidReceptorException(reason);
    case 'sender':
      return new SmsInvalidSenderException(reason);
    case 'date':
      return new SmsInvalidDateException(reason);
    default:
      return new SmsValidationException(reason);
  }
}

/** The exception `SmsService` would throw for these receptors, so that both name the same inputs. */
function receptorsException(receptors: unknown): SmsException | undefined {
  try {
    parseReceptors(receptors);
    return undefined;
  } catch (exception) {
    return exception as SmsException;
  }
}
