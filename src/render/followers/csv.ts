import type { FollowerOut } from '../../shared/followers-output.js';
import type { CsvDialect } from '../../shared/run-meta.js';
import { csvRows, csvStyle } from '../csv-rows.js';
import type { FollowersRenderer } from '../renderer.js';

const COLUMNS = ['line', 'id', 'of', 'platform', 'class', 'rules'] as const;

/** One row per follower, the fired rule ids space-separated; every text cell neutralised against spreadsheet formulas. */
export function followersCsvRenderer(dialect?: CsvDialect): FollowersRenderer {
  const s = csvStyle(dialect);
  return csvRows(COLUMNS, (f: FollowerOut) => [s.num(f.line), s.cell(f.id), s.cell(f.of), s.cell(f.platform), s.cell(f.class), s.cell(f.rules.join(' '))].join(s.sep), s);
}
