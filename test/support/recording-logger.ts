import type { LoggerService } from '@nestjs/common';
import { format } from 'node:util';

/** A Nest logger that keeps every line, at every level, for tests to read. */
export class RecordingLogger implements LoggerService {
  readonly lines: string[] = [];

  log(...parts: unknown[]): void {
    this.record('log', parts);
  }
  error(...parts: unknown[]): void {
    this.record('error', parts);
  }
  warn(...parts: unknown[]): void {
    this.record('warn', parts);
  }
  debug(...parts: unknown[]): void {
    this.record('debug', parts);
  }
  verbose(...parts: unknown[]): void {
    this.record('verbose', parts);
  }
  fatal(...parts: unknown[]): void {
    this.record('fatal', parts);
  }

  private record(level: string, parts: unknown[]): void {
    this.lines.push(`${level} ${parts.map((part) => format('%o', part)).join(' ')}`);
  }
}
