/** Slots to begin with; a power of two. */
const INITIAL_CAPACITY = 1 << 10;

/**
 * A set of normalised receptors (`09` and nine digits) for deduplicating a campaign, kept as their nine-digit
 * numbers in a typed array: a few bytes a receptor, outside the JavaScript heap, where a `Set` of strings costs
 * several times that inside it. Open addressing with linear probing; it doubles when half full.
 */
export class ReceptorSet {
  #slots = new Int32Array(INITIAL_CAPACITY);
  #size = 0;

  /** Adds `receptor`; returns `false` when it was there already. */
  add(receptor: string): boolean {
    const key = nineDigits(receptor) + 1;
    if (!this.#insert(this.#slots, key)) return false;
    this.#size += 1;
    if (this.#size * 2 > this.#slots.length) this.#grow();
    return true;
  }

  #grow(): void {
    const larger = new Int32Array(this.#slots.length * 2);
    for (const key of this.#slots) if (key !== 0) this.#insert(larger, key);
    this.#slots = larger;
  }

  /** Puts `key` (never 0, which marks an empty slot) into `slots`; `false` when it is there already. */
  #insert(slots: Int32Array, key: number): boolean {
    const mask = slots.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) & mask; ; slot = (slot + 1) & mask) {
      if (slots[slot] === 0) {
        slots[slot] = key;
        return true;
      }
      if (slots[slot] === key) return false;
    }
  }
}

/** The nine digits after `09`, as a number below 10⁹. */
function nineDigits(receptor: string): number {
  let value = 0;
  for (let index = 2; index < 11; index += 1) value = value * 10 + receptor.charCodeAt(index) - 48;
  return value;
}
