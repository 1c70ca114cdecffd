/** Bits of a receptor's number that a container keeps: each container covers 65,536 consecutive numbers. */
const LOW_BITS = 16;
const LOW_MASK = (1 << LOW_BITS) - 1;
/** Containers for the nine-digit numbers below 10⁹. */
const CONTAINERS = Math.ceil(1e9 / 2 ** LOW_BITS);
/** Past this many numbers, a container is a bitmap of 65,536 bits (8 KB), no larger than its list. */
const MAX_LISTED = 4096;
const BITMAP_WORDS = 2 ** LOW_BITS / 32;
/** Room a listed container starts with. */
const FIRST_ROOM = 4;
/** Entries of a page (128 KB); a place in the pages is `page << PAGE_BITS | offset`. */
const PAGE_BITS = 16;
const PAGE = 1 << PAGE_BITS;
/** A page is compacted only when that frees at least this much of it. */
const WORTH_COMPACTING = PAGE / 4;

/**
 * A set of normalised receptors (`09` and nine digits) for deduplicating a campaign, in about 3 bytes a receptor
 * for numbers spread over every operator and under 1 for numbers that cluster, where a `Set` of strings costs tens.
 *
 * As in a Roaring bitmap, a number's high bits choose its container, which holds the low 16 bits of its numbers:
 * as a sorted list, or past 4,096 of them as a bitmap. The lists live in pages of 128 KB rather than in typed
 * arrays of their own, so that a campaign allocates a page now and then instead of an object for each of the
 * 15,000-odd containers: a list that outgrows its room moves to a larger one, and a page whose moved-out space is
 * worth it is compacted in place.
 */
export class ReceptorSet {
  readonly #pages: Uint16Array[] = [];
  /** Per page: its first unused entry, and how many entries before it belong to no list. */
  readonly #pageEnd: number[] = [];
  readonly #pageGarbage: number[] = [];
  /** The page allocations come from. */
  #current = -1;
  /** Per container: where its list is (`-1`: none), how many numbers it holds, and its room. */
  readonly #place = new Int32Array(CONTAINERS).fill(-1);
  readonly #size = new Uint16Array(CONTAINERS);
  readonly #room = new Uint16Array(CONTAINERS);
  readonly #bitmaps = new Array<Uint32Array | undefined>(CONTAINERS).fill(undefined);
  /** A list being moved, while its old room may be compacted away. */
  readonly #moving = new Uint16Array(MAX_LISTED);

  /** Adds `receptor`; returns `false` when it was there already. */
  add(receptor: string): boolean {
    const number = nineDigits(receptor);
    const container = number >>> LOW_BITS;
    const low = number & LOW_MASK;
    const bitmap = this.#bitmaps[container];
    if (bitmap !== undefined) return addToBitmap(bitmap, low);
    const place = this.#place[container];
    if (place < 0) {
      this.#placeList(container, FIRST_ROOM, 0, low);
      return true;
    }
    const page = this.#pages[place >>> PAGE_BITS];
    const start = place & LOW_MASK;
    const size = this.#size[container];
    const at = insertionPoint(page, start, start + size, low);
    if (at < start + size && page[at] === low) return false;
    if (size === MAX_LISTED) {
      const full = new Uint32Array(BITMAP_WORDS);
      for (let index = start; index < start + size; index += 1) addToBitmap(full, page[index]);
      this.#release(container);
      this.#bitmaps[container] = full;
      return addToBitmap(full, low);
    }
    if (size < this.#room[container]) {
      page.copyWithin(at + 1, at, start + size);
      page[at] = low;
      this.#size[container] = size + 1;
      return true;
    }
    this.#moving.set(page.subarray(start, start + size));
    this.#release(container);
    this.#placeList(container, Math.min(MAX_LISTED, size + (size >>> 1)), size, low, at - start);
    return true;
  }

  /** Gives `container` a list with `room`: the `size` numbers in `#moving`, with `low` inserted at `at`. */
  #placeList(container: number, room: number, size: number, low: number, at = 0): void {
    const place = this.#allocate(room);
    const page = this.#pages[place >>> PAGE_BITS];
    const start = place & LOW_MASK;
    page.set(this.#moving.subarray(0, at), start);
    page[start + at] = low;
    page.set(this.#moving.subarray(at, size), start + at + 1);
    this.#place[container] = place;
    this.#size[container] = size + 1;
    this.#room[container] = room;
  }

  /** Gives up `container`'s list; its room becomes garbage, or is taken back when it ends its page's used part. */
  #release(container: number): void {
    const place = this.#place[container];
    const page = place >>> PAGE_BITS;
    const start = place & LOW_MASK;
    const room = this.#room[container];
    if (start + room === this.#pageEnd[page]) this.#pageEnd[page] = start;
    else this.#pageGarbage[page] += room;
    this.#place[container] = -1;
  }

  /** Room for `room` entries: in the current page, else in the page that compacting frees most of, else a new one. */
  #allocate(room: number): number {
    if (this.#current < 0 || this.#pageEnd[this.#current] + room > PAGE) {
      let fullest = -1;
      for (let page = 0; page < this.#pages.length; page += 1)
        if (fullest < 0 || this.#pageGarbage[page] > this.#pageGarbage[fullest]) fullest = page;
      if (fullest >= 0 && this.#pageGarbage[fullest] >= WORTH_COMPACTING) {
        this.#compact(fullest);
        this.#current = fullest;
      } else {
        this.#pages.push(new Uint16Array(PAGE));
        this.#pageEnd.push(0);
        this.#pageGarbage.push(0);
        this.#current = this.#pages.length - 1;
      }
    }
    const place = (this.#current << PAGE_BITS) | this.#pageEnd[this.#current];
    this.#pageEnd[this.#current] += room;
    return place;
  }

  /** Slides the lists of `page` down over its garbage, in place, keeping their order and room. */
  #compact(page: number): void {
    const lists: number[] = [];
    for (let container = 0; container < CONTAINERS; container += 1) {
      const place = this.#place[container];
      if (place >= 0 && place >>> PAGE_BITS === page) lists.push(((place & LOW_MASK) << 14) | container);
    }
    lists.sort((a, b) => a - b);
    const entries = this.#pages[page];
    let end = 0;
    for (const list of lists) {
      const container = list & ((1 << 14) - 1);
      const start = list >>> 14;
      entries.copyWithin(end, start, start + this.#room[container]);
      this.#place[container] = (page << PAGE_BITS) | end;
      end += this.#room[container];
    }
    this.#pageEnd[page] = end;
    this.#pageGarbage[page] = 0;
  }
}

/** Where `low` is, or would go, among the sorted entries `start` to `end` of `entries`. */
function insertionPoint(entries: Uint16Array, start: number, end: number, low: number): number {
  while (start < end) {
    const middle = (start + end) >>> 1;
    if (entries[middle] < low) start = middle + 1;
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
