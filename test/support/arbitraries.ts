import fc from 'fast-check';

/** Any JavaScript value, the odd ones (boxed, null-prototype, sparse, typed arrays, maps) included. */
export const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** The Persian and Arabic-Indic digits. */
export const EASTERN_DIGITS = Array.from({ length: 10 }, (_, digit) => [
  String.fromCharCode(0x06f0 + digit),
  String.fromCharCode(0x0660 + digit),
]).flat();

/** Values of every kind, each named, for properties that must hold whatever a function is given. */
export const oddInputs: [string, fc.Arbitrary<unknown>][] = [
  ['anything', anything],
  ['ASCII strings', fc.string()],
  ['Unicode strings', fc.string({ unit: 'binary' })],
  ['grapheme strings', fc.string({ unit: 'grapheme' })],
  ['integers', fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })],
  ['ten-digit integers', fc.integer({ min: 9_000_000_000, max: 9_999_999_999 })],
  ['doubles', fc.double()],
];
