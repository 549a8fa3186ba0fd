import type { FollowerOut } from '../../shared/followers-output.js';
import { csvRows } from '../csv-rows.js';
import type { FollowersRenderer } from '../renderer.js';
import { csvCell } from '../safe-text.js';

const COLUMNS = ['line', 'id', 'of', 'platform', 'class', 'rules', 'probability', 'contributions'] as const;

/** `posts=3:+1.80 following=2400:+0.95`: each fact the model read and the logit points it added, largest first. */
export function contributionsText(f: FollowerOut): string {
  if (!f.model) return '';
  const sorted = [...f.model.contributions].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return sorted.map((c) => `${c.feature}=${+c.value.toFixed(4)}:${c.weight >= 0 ? '+' : '-'}${Math.abs(c.weight).toFixed(2)}`).join(' ');
}

/**
 * One row per follower: the fired rule ids space-separated, the model's probability and contributions (empty when it
 * did not score the follower); every text cell neutralised against spreadsheet formulas.
 */
export function followersCsvRenderer(): FollowersRenderer {
  return csvRows(COLUMNS, (f: FollowerOut) => [
    csvCell(f.line), csvCell(f.id), csvCell(f.of), csvCell(f.platform), csvCell(f.class), csvCell(f.rules.join(' ')),
    f.model ? csvCell(+f.model.probability.toFixed(4)) : '', csvCell(contributionsText(f)),
  ].join(','));
}
