import { isImpossibleData } from '../../core/signal.js';
import type { ScoredAccount } from '../../shared/account-change.js';
import type { CsvDialect } from '../../shared/run-meta.js';
import { csvRows, csvStyle } from '../csv-rows.js';
import type { ScoreRenderer } from '../renderer.js';

const COLUMNS = ['handle', 'platform', 'followers', 'tier', 'score', 'verdict', 'flags', 'reasons'] as const;
/** Added at the end with --baseline, so the columns before keep their place. */
const CHANGE_COLUMNS = ['change', 'baseline_verdict', 'baseline_score'] as const;

/**
 * One row per account: key fields flattened, the flagged signal ids in `flags` and their messages joined with
 * " | " in `reasons`, with any impossible data (for insufficient data, why). Platform, tier, verdict and signal ids are the tool's own words and numbers need no quoting:
 * only the handle and the reasons (which may quote data) go through csvCell. With --baseline, the account's change and
 * the baseline's verdict and score; `--csv-dialect excel-fr` writes a BOM, `;` and decimal commas.
 */
export function csvRenderer(opts: { dialect?: CsvDialect; baseline?: boolean } = {}): ScoreRenderer {
  const style = csvStyle(opts.dialect);
  const sep = style.sep;
  return csvRows(opts.baseline ? [...COLUMNS, ...CHANGE_COLUMNS] : COLUMNS, (r: ScoredAccount) => {
    let flags = '';
    let reasons = '';
    for (const s of r.signals) {
      if (s.status === 'flag') flags += flags === '' ? s.id : ` ${s.id}`;
      else if (!isImpossibleData(s)) continue;
      reasons += reasons === '' ? s.message : ` | ${s.message}`;
    }
    if (r.breakdown.insufficient) reasons += `${reasons === '' ? '' : ' | '}insufficient data: ${r.breakdown.insufficient}`;
    const row = `${style.cell(r.handle)}${sep}${r.platform}${sep}${style.num(r.followers)}${sep}${r.tier ?? ''}${sep}${style.num(r.score)}${sep}${r.verdict}${sep}${flags}${sep}${style.cell(reasons)}`;
    if (!opts.baseline) return row;
    const before = r.change?.before;
    return `${row}${sep}${r.change?.status ?? ''}${sep}${before?.verdict ?? ''}${sep}${style.num(before?.score)}`;
  }, style);
}
