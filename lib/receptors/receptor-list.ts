/** The separators of a receptor list written as one string: the ASCII and the Arabic comma. */
const LIST_SEPARATOR = /[,\u060c]/;

/** Splits a comma-separated list (`0912…,0913…`) into its entries, dropping empty ones. */
export function splitReceptorList(list: string): string[] {
  return list
    .split(LIST_SEPARATOR)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
