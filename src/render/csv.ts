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
      const flagged = r.signals.filter((s) => s.status === 'flag');
      return [
        csvCell(r.handle), csvCell(r.platform), csvCell(r.followers), csvCell(r.tier), csvCell(r.score), csvCell(r.verdict),
        csvCell(flagged.map((s) => s.id).join(' ')), csvCell(flagged.map((s) => s.message).join(' | ')),
      ].join(',') + '\r\n';
    },
    end: () => '',
  };
}
