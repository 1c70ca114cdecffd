const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Replaces Persian (`۰`–`۹`) and Arabic-Indic (`٠`–`٩`) digits with ASCII ones; leaves everything else. */
export function toAsciiDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
}
