/**
 * A character that shows: anything but white space, format characters (zero-width space and joiners, byte order
 * mark, direction marks and embeddings, soft hyphen) and the blank fillers (Hangul fillers, the blank Braille
 * pattern).
 */
const VISIBLE = /[^\s\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/u;

/**
 * Whether `text` shows anything: a message made only of white space and invisible characters is empty. A
 * zero-width non-joiner inside Persian words is ordinary text, since the words around it show.
 */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/** The same test, as a pattern for `class-validator`'s `@Matches`. */
export const VISIBLE_TEXT_PATTERN = VISIBLE;
