import type { FollowersRenderer } from './followers-types.js';
import { csvCell } from './safe-text.js';

const COLUMNS = ['line', 'id', 'of', 'platform', 'class', 'rules'] as const;

/** One row per follower, the fired rule ids space-separated; every text cell neutralised against spreadsheet formulas. */
export function followersCsvRenderer(): FollowersRenderer {
  return {
    begin: () => `${COLUMNS.join(',')}\r\n`,
    follower: (f) => [csvCell(f.line), csvCell(f.id), csvCell(f.of), csvCell(f.platform), csvCell(f.class), csvCell(f.rules.join(' '))].join(',') + '\r\n',
    end: () => '',
  };
}
