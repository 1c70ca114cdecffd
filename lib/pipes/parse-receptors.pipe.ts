import { Injectable, type PipeTransform } from '@nestjs/common';
import { parseReceptors } from '../receptors/parse-receptors.js';
import { splitReceptorList } from '../receptors/receptor-list.js';

/**
 * Turns a route or query parameter (one number, a comma-separated list, or a repeated query parameter) into
 * normalised, distinct receptors; throws `SmsInvalidReceptorException` (listing the offending inputs) or
 * `SmsTooManyReceptorsException` otherwise.
 *
 * @example
 * ```ts
 * @Post('notify/:to')
 * notify(@Param('to', ParseReceptorsPipe) receptors: string[]) {
 *   return this.sms.sendArray({ message: 'Hello', receptors });
 * }
 * ```
 */
@Injectable()
export class ParseReceptorsPipe implements PipeTransform<unknown, string[]> {
  transform(value: unknown): string[] {
    const entries = [value ?? []]
      .flat()
      .flatMap((entry) => (typeof entry === 'string' ? splitReceptorList(entry) : [entry]));
    return parseReceptors(entries);
  }
}
