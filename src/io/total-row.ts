/**
 * Labels spreadsheets and exports give a row or column that sums up the others: a total, or an average a
 * spreadsheet adds under a roster. None of them names an account or a post.
 */
const TOTALS = new Set([
  'total', 'totals', 'totaux', 'total général', 'grand total', 'sous-total', 'subtotal', 'sum', 'somme',
  'average', 'averages', 'mean', 'moyenne', 'moyennes', 'median', 'médiane',
]);
// First letters of the labels, case folded: most cells are settled by one comparison (rosters run this per row).
const FIRST = new Set(['t', 'g', 's', 'a', 'm'].map((c) => c.charCodeAt(0)));

/**
 * Whether a cell (a handle, an id, a column header) is a summary's label rather than an account or a post:
 * `Total`, `TOTAL GÉNÉRAL`, `Moyenne`, and French typography's `Total :`.
 */
export function isTotalLabel(text: string): boolean {
  const first = text.charCodeAt(0);
  // Spaces, tabs and no-break spaces before the label go to the full check.
  if (first > 32 && first !== 0xa0 && !FIRST.has(first | 32)) return false;
  return TOTALS.has(text.trim().replace(/\s*:$/, '').toLowerCase());
}

export const TOTAL_ROW_REASON = 'a Total or Average row, not a post (exports of this kind have one: --strict does not count it)';
export const TOTAL_ACCOUNT_REASON = 'a Total or Average row, not an account (a summary a spreadsheet adds: --strict does not count it; write @total for an account named so)';
export const TOTAL_DAY_REASON = 'a Total or Average row, not a day (a summary an export adds: --strict does not count it)';
