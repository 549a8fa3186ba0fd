import type { AccountResult } from '../core/score-account.js';
import { csvCell } from './safe-text.js';
import type { Renderer } from './types.js';

const COLUMNS = ['handle', 'platform', 'followers', 'tier', 'score', 'verdict', 'flags', 'reasons'] as const;

/**
 * One row per account: key fields flattened, the flagged signal ids in `flags` and their messages joined with
 * " | " in `reasons`. Every text cell is neutralised against spreadsheet formulas.
 */
export function csvRenderer(): Renderer {
  return {
    begin: () => `${COLUMNS.join(',')}\r\n`,
    account: (r: AccountResult) => {
      // Concatenated rather than filtered, mapped and joined: this runs for every account of a roster (bench).
      let flags = '';
      let reasons = '';
      let flagged = 0;
      for (const s of r.signals) {
        if (s.status !== 'flag') continue;
        flags += flagged === 0 ? s.id : ` ${s.id}`;
        reasons += flagged === 0 ? s.message : ` | ${s.message}`;
        flagged++;
      }
      // Platform, tier, verdict and signal ids are the tool's own words and numbers need no quoting: only the
      // handle and the reasons (which may quote data) go through csvCell.
      return `${csvCell(r.handle)},${r.platform},${r.followers ?? ''},${r.tier ?? ''},${r.score ?? ''},${r.verdict},${flags},${csvCell(reasons)}\r\n`;
    },
    end: () => '',
  };
}
