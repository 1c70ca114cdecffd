import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsOptional, Matches } from 'class-validator';
import type { SendArrayInput } from '../interfaces/index.js';
import { RECEPTOR_PATTERN } from '../receptors/normalize-receptor.js';
import { partitionReceptors } from '../receptors/partition-receptors.js';
import { splitReceptorList } from '../receptors/receptor-list.js';
import { SEND_DATE_PATTERN } from '../normalization/send-date.js';
import { normalizeSender, SENDER_PATTERN } from '../normalization/sender.js';
import { VISIBLE_TEXT_PATTERN } from '../normalization/visible-text.js';
import { MAX_RECEPTORS_PER_REQUEST } from '../provider/sms-provider.protocol.js';

/**
 * The body of a `sendArray` request to an application, for its controllers behind
 * `ValidationPipe({ transform: true })` or `SmsValidationPipe`. After transformation it holds normalised values,
 * ready for `SmsService.sendArray`.
 *
 * The DTO checks the shape of `date`; the service checks that it is a real, future time in the module's zone.
 *
 * @example
 * ```ts
 * @Post('sms')
 * send(@Body(SmsValidationPipe) dto: SendArrayDto) {
 *   return this.sms.sendArray(dto);
 * }
 * ```
 */
export class SendArrayDto implements SendArrayInput {
  /** The sender line, digits (Persian or Arabic-Indic too), optionally after a `+`; `defaultSender` when left out. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => normalizeSender(value) ?? value)
  @Matches(SENDER_PATTERN, { message: 'sender must be a line number: digits, optionally after a +' })
  sender?: string;

  /** The text; anything that shows, not only white space and invisible characters. */
  @Matches(VISIBLE_TEXT_PATTERN, { message: 'message must be a non-empty string' })
  message!: string;

  /**
   * Iranian mobile numbers, as an array or a comma-separated string, in any usual form; normalised to
   * `09xxxxxxxxx` and deduplicated. 1 to 100 distinct numbers.
   */
  @Transform(({ value }: { value: unknown }) => toReceptors(value))
  @IsArray({ message: 'receptors must be an array or a comma-separated list of mobile numbers' })
  @ArrayNotEmpty({ message: 'receptors is empty: give at least one number' })
  @ArrayMaxSize(MAX_RECEPTORS_PER_REQUEST, {
    message: `receptors: at most ${MAX_RECEPTORS_PER_REQUEST} distinct numbers are allowed in one request`,
  })
  @Matches(RECEPTOR_PATTERN, { each: true, message: 'receptors must be Iranian mobile numbers' })
  receptors!: string[];

  /** When to send, `YYYY-MM-DD HH:mm:ss` in the module's time zone; at once when left out. */
  @IsOptional()
  @Matches(SEND_DATE_PATTERN, { message: 'date must be written YYYY-MM-DD HH:mm:ss' })
  date?: string;
}

/** Normalised, distinct receptors first; inputs that are no mobile number after them, as given, for the checks. */
function toReceptors(value: unknown): unknown {
  const list = typeof value === 'string' ? splitReceptorList(value) : value;
  if (!Array.isArray(list)) return value;
  const { receptors, invalid } = partitionReceptors(list);
  return [...receptors, ...invalid];
}
