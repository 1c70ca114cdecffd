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
