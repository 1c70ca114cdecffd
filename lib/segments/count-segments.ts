/** How an SMS is encoded: the GSM 03.38 7-bit alphabet, or UTF-16 code units for anything outside it. */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** How long a message is on the air, and how many parts it is sent in. */
export interface SegmentCount {
  /** GSM-7 when every character is in the GSM 03.38 alphabet or its extension; UCS-2 otherwise. */
  encoding: SmsEncoding;
  /** Septets for GSM-7 (an extension character counts two), UTF-16 code units for UCS-2 (an emoji counts two). */
  characters: number;
  /** How many parts the message is sent in; 1 for the empty message. */
  segments: number;
  /** What one part holds: 160 or 70 for a single part, 153 or 67 once a header joins the parts. */
  perSegment: number;
}

/** The GSM 03.38 default alphabet: its 128 positions but the escape (0x1B), in order. */
const GSM_BASIC_ALPHABET =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** The GSM 03.38 extension table: each character is sent as the escape and one more septet. */
const GSM_EXTENSION_TABLE = '\f^{}\\[~]|€';

const GSM_BASIC = new Set(Array.from(GSM_BASIC_ALPHABET, (char) => char.charCodeAt(0)));
const GSM_EXTENSION = new Set(Array.from(GSM_EXTENSION_TABLE, (char) => char.charCodeAt(0)));

const GSM_SINGLE = 160;
const GSM_PART = 153;
const UCS_SINGLE = 70;
const UCS_PART = 67;

/** Greedy packing of pieces that may not be split (an escape pair, a surrogate pair) into parts of one size. */
class Parts {
  count = 1;
  total = 0;
  readonly #size: number;
  #fill = 0;

  constructor(size: number) {
    this.#size = size;
  }

  add(piece: number): void {
    this.total += piece;
    if (this.#fill + piece > this.#size) {
      this.count += 1;
      this.#fill = piece;
    } else {
      this.#fill += piece;
    }
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Counts the parts an SMS is sent in. The message goes as GSM-7 when every character is in the GSM 03.38 default
 * alphabet or its extension table, otherwise as UCS-2 (any Persian letter makes it UCS-2). A single part holds 160
 * septets or 70 code units; a longer message is split into parts of 153 or 67, never splitting an extension
 * character's escape pair or a surrogate pair, so it may need one part more than `characters / perSegment`.
 *
 * @example
 * countSegments('Hello'); // { encoding: 'GSM-7', characters: 5, segments: 1, perSegment: 160 }
 * countSegments('€'.repeat(81)); // { encoding: 'GSM-7', characters: 162, segments: 2, perSegment: 153 }
 * countSegments('سلام'); // { encoding: 'UCS-2', characters: 4, segments: 1, perSegment: 70 }
 */
export function countSegments(message: string): SegmentCount {
  const gsm = new Parts(GSM_PART);
  const ucs = new Parts(UCS_PART);
  let isGsm = true;
  for (let index = 0; index < message.length; index += 1) {
    const code = message.charCodeAt(index);
    if (isHighSurrogate(code) && isLowSurrogate(message.charCodeAt(index + 1))) {
      ucs.add(2);
      index += 1;
      isGsm = false;
      continue;
    }
    ucs.add(1);
    if (!isGsm) continue;
    if (GSM_BASIC.has(code)) gsm.add(1);
    else if (GSM_EXTENSION.has(code)) gsm.add(2);
    else isGsm = false;
  }
  if (isGsm) return result('GSM-7', gsm, GSM_SINGLE, GSM_PART);
  return result('UCS-2', ucs, UCS_SINGLE, UCS_PART);
}

function result(encoding: SmsEncoding, parts: Parts, single: number, part: number): SegmentCount {
  return parts.total <= single
    ? { encoding, characters: parts.total, segments: 1, perSegment: single }
    : { encoding, characters: parts.total, segments: parts.count, perSegment: part };
}
