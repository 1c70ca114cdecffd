import type { LoggerService } from '@nestjs/common';
import { format } from 'node:util';

/** One call of a logger method, as it was made. */
export interface LogEntry {
  level: string;
  message: unknown;
  context?: unknown;
}

/** A Nest logger that keeps every line, at every level, for tests to read. */
export class RecordingLogger implements LoggerService {
  /** Every call, as made: the message as given, before any formatting. */
  readonly entries: LogEntry[] = [];
  /** Every call as one line: the level, then each part inspected. */
  readonly lines: string[] = [];

  log(...parts: unknown[]): void {
    this.#record('log', parts);
  }
  error(...parts: unknown[]): void {
    this.#record('error', parts);
  }
  warn(...parts: unknown[]): void {
    this.#record('warn', parts);
  }
  debug(...parts: unknown[]): void {
    this.#record('debug', parts);
  }
  verbose(...parts: unknown[]): void {
    this.#record('verbose', parts);
  }
  fatal(...parts: unknown[]): void {
    this.#record('fatal', parts);
  }

  /** The messages logged at `level`, as given. */
  messages(level: string): unknown[] {
    return this.entries.filter((entry) => entry.level === level).map((entry) => entry.message);
  }

  /** Forgets every line. */
  clear(): void {
    this.entries.length = 0;
    this.lines.length = 0;
  }

  #record(level: string, parts: unknown[]): void {
    this.entries.push({ level, message: parts[0], context: parts.at(-1) });
    this.lines.push(`${level} ${parts.map((part) => format('%o', part)).join(' ')}`);
  }
}
