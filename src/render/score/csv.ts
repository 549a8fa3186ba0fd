import type { AccountResult } from '../../core/score-account.js';
import { csvRows } from '../csv-rows.js';
import type { ScoreRenderer } from '../renderer.js';
import { csvCell } from '../safe-text.js';

const COLUMNS = ['handle', 'platform', 'followers', 'tier', 'score', 'verdict', 'flags', 'reasons'] as const;

/**
 * One row per account: key fields flattened, the flagged signal ids in `flags` and their messages joined with
 * " | " in `reasons` (for insufficient data, why). Platform, tier, verdict and signal ids are the tool's own words and numbers need no quoting:
 * only the handle and the reasons (which may quote data) go through csvCell.
 */
export function csvRenderer(): ScoreRenderer {
  return csvRows(COLUMNS, (r: AccountResult) => {
    let flags = '';
    let reasons = '';
    for (const s of r.signals) {
      if (s.status !== 'flag') continue;
      flags += flags === '' ? s.id : ` ${s.id}`;
      reasons += reasons === '' ? s.message : ` | ${s.message}`;
    }
    if (reasons === '' && r.breakdown.insufficient) reasons = `insufficient data: ${r.breakdown.insufficient}`;
    return `${csvCell(r.handle)},${r.platform},${r.followers ?? ''},${r.tier ?? ''},${r.score ?? ''},${r.verdict},${flags},${csvCell(reasons)}`;
  });
}
