import { randomUUID } from 'node:crypto';

/** The provider's success envelope, as its documentation shows it, with `overrides` in `data`. */
export function dataEnvelope(overrides: Record<string, unknown> = {}): unknown {
  return {
    data: { message_id: randomUUID(), status: 100, statustext: 'تایید شد', time: 1646473372, ...overrides },
  };
}

/** The provider's error envelope. */
export function errorEnvelope(status: number, message: string): unknown {
  return { error: { status, message } };
}
