import type { FollowerOut } from '../../shared/followers-output.js';
import { csvRows } from '../csv-rows.js';
import type { FollowersRenderer } from '../renderer.js';
import { csvCell } from '../safe-text.js';

const COLUMNS = ['line', 'id', 'of', 'platform', 'class', 'rules'] as const;

/** One row per follower, the fired rule ids space-separated; every text cell neutralised against spreadsheet formulas. */
export function followersCsvRenderer(): FollowersRenderer {
  return csvRows(COLUMNS, (f: FollowerOut) => [csvCell(f.line), csvCell(f.id), csvCell(f.of), csvCell(f.platform), csvCell(f.class), csvCell(f.rules.join(' '))].join(','));
}
