const SHOWN_RECEPTORS = 3;

/** Hides the middle of a mobile number for log lines: `09121234567` → `0912***4567`. */
export function maskReceptor(receptor: string): string {
  return `${receptor.slice(0, 4)}***${receptor.slice(-4)}`;
}

/** A short, masked account of a receptor list for a log line: `3 receptors (0912***4567, …)`. */
export function describeReceptors(receptors: readonly string[]): string {
  const shown = receptors.slice(0, SHOWN_RECEPTORS).map(maskReceptor);
  if (receptors.length > SHOWN_RECEPTORS) shown.push(`${receptors.length - SHOWN_RECEPTORS} more`);
  return `${receptors.length} receptor${receptors.length === 1 ? '' : 's'} (${shown.join(', ')})`;
}
