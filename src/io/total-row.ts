/** Labels spreadsheets and exports give a row or column that adds up the others. */
const TOTALS = new Set(['total', 'totals', 'totaux', 'total général', 'grand total', 'sous-total', 'subtotal']);
/**
 * Labels of a row that sums the others up another way (an average a spreadsheet adds under a roster). Each is also a
 * word an account may be named (`mean` on TikTok): they mark a summary only where no account can stand, a date cell
 * or a row that names no platform.
 */
const OTHER_SUMMARIES = new Set(['sum', 'somme', 'average', 'averages', 'mean', 'moyenne', 'moyennes', 'median', 'médiane']);
// The labels' first two letters, case folded: a roster runs this for every row, and most handles are settled by
// one lookup (on the first letter alone, every handle starting `a` or `m` took the full check: bench).
const STARTS = new Set([...TOTALS, ...OTHER_SUMMARIES].map((l) => l.charCodeAt(0) * 65536 + l.charCodeAt(1)));

/** The label as compared: trimmed, lower case, French typography's space and colon after it (`Total :`) dropped. */
function label(text: string): string | undefined {
  const first = text.charCodeAt(0);
  // Spaces, tabs and no-break spaces before the label go to the full check.
  if (first > 32 && first !== 0xa0 && !STARTS.has((first | 32) * 65536 + (text.charCodeAt(1) | 32))) return undefined;
  return text.trim().replace(/\s*:$/, '').toLowerCase();
}

/** Whether a cell (a handle, an id, a column header) says "Total" rather than naming an account or a post. */
export function isTotalLabel(text: string): boolean {
  const l = label(text);
  return l !== undefined && TOTALS.has(l);
}

/** Whether a cell where no account can stand (a date) labels a summary row: `Total`, `Average`, `moyenne`. */
export function isSummaryLabel(text: string): boolean {
  const l = label(text);
  return l !== undefined && (TOTALS.has(l) || OTHER_SUMMARIES.has(l));
}

/**
 * Whether a name (a handle naming no platform, a wide history's column) is a summary's label: `Total` in any case;
 * `Average`, `Moyenne` written as spreadsheets write labels, capitalised, where `mean` or `average` in lower case, as
 * platforms show handles, stays an account.
 */
export function isSummaryName(text: string): boolean {
  if (isTotalLabel(text)) return true;
  const t = text.trim();
  return isSummaryLabel(t) && t !== t.toLowerCase();
}

export const TOTAL_ROW_REASON = 'a Total or Average row, not a post (exports of this kind have one: --strict does not count it)';
export const TOTAL_ACCOUNT_REASON = 'a Total or Average row, not an account (a summary a spreadsheet adds: --strict does not count it; an account so named keeps its name with an @: @total, @mean)';
export const TOTAL_DAY_REASON = 'a Total or Average row, not a day (a summary an export adds: --strict does not count it)';
