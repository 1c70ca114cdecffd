/** Bits of a receptor's number that a container keeps: each container covers 65,536 consecutive numbers. */
const LOW_BITS = 16;
const LOW_MASK = (1 << LOW_BITS) - 1;
/** Containers for the nine-digit numbers below 10⁹. */
const CONTAINERS = Math.ceil(1e9 / 2 ** LOW_BITS);
/** Past this many numbers, a container is kept as a bitmap of 65,536 bits (8 KB), smaller than the list. */
const MAX_LISTED = 4096;
const BITMAP_WORDS = 2 ** LOW_BITS / 32;
/** Room a new list starts with. */
const FIRST_CAPACITY = 8;

/**
 * A set of normalised receptors (`09` and nine digits) for deduplicating a campaign, kept outside the JavaScript
 * heap at a few bytes a receptor: about 3 for ten million numbers spread over every operator, under 1 for numbers
 * that cluster, where a `Set` of strings costs tens. The numbers are split by their high bits into containers of
 * 65,536, as in a Roaring bitmap: a container is a sorted `Uint16Array` of its numbers' low bits, grown by half
 * when full, until it holds 4,096 and becomes a bitmap.
 */
export class ReceptorSet {
  readonly #containers = new Array<Uint16Array | Uint32Array | undefined>(CONTAINERS).fill(undefined);
  /** How many numbers each listed container holds. */
  readonly #sizes = new Uint16Array(CONTAINERS);

  /** Adds `receptor`; returns `false` when it was there already. */
  add(receptor: string): boolean {
    const number = nineDigits(receptor);
    const high = number >>> LOW_BITS;
    const low = number & LOW_MASK;
    const container = this.#containers[high];
    if (container === undefined) {
      const list = new Uint16Array(FIRST_CAPACITY);
      list[0] = low;
      this.#containers[high] = list;
      this.#sizes[high] = 1;
      return true;
    }
    if (container instanceof Uint32Array) return addToBitmap(container, low);
    return this.#addToList(high, container, low);
  }

  #addToList(high: number, list: Uint16Array, low: number): boolean {
    const size = this.#sizes[high];
    const at = insertionPoint(list, size, low);
    if (at < size && list[at] === low) return false;
    if (size === MAX_LISTED) {
      const bitmap = new Uint32Array(BITMAP_WORDS);
      for (const listed of list.subarray(0, size)) addToBitmap(bitmap, listed);
      this.#containers[high] = bitmap;
      return addToBitmap(bitmap, low);
    }
    if (size < list.length) {
      list.copyWithin(at + 1, at, size);
      list[at] = low;
    } else {
      const grown = new Uint16Array(Math.min(MAX_LISTED, size + (size >>> 1)));
      grown.set(list.subarray(0, at));
      grown[at] = low;
      grown.set(list.subarray(at, size), at + 1);
      this.#containers[high] = grown;
    }
    this.#sizes[high] = size + 1;
    return true;
  }
}

/** Where `low` is, or would go, in the sorted first `size` entries of `list`. */
function insertionPoint(list: Uint16Array, size: number, low: number): number {
  let start = 0;
  let end = size;
  while (start < end) {
    const middle = (start + end) >>> 1;
    if (list[middle] < low) start = middle + 1;
    else end = middle;
  }
  return start;
}

/** Sets `low`'s bit; `false` when it was set already. */
function addToBitmap(bitmap: Uint32Array, low: number): boolean {
  const word = low >>> 5;
  const bit = 1 << (low & 31);
  if ((bitmap[word] & bit) !== 0) return false;
  bitmap[word] |= bit;
  return true;
}

/** The nine digits after `09`, as a number below 10⁹. */
function nineDigits(receptor: string): number {
  let value = 0;
  for (let index = 2; index < 11; index += 1) value = value * 10 + receptor.charCodeAt(index) - 48;
  return value;
}
