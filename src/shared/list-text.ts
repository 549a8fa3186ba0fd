/**
 * A list for a one-line message, cut after `max` items with a count of the rest: "a, b, c …and 37 more". An error
 * that quotes every header of a 40-column export, or every norm table, runs to more than a thousand characters on one
 * line; the first few say what was seen, the count says how much was left out.
 */
export function listCut(items: readonly string[], max = 8): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} …and ${items.length - max} more`;
}
