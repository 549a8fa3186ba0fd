import type { FollowerOut } from '../../shared/followers-output.js';
import type { CsvDialect } from '../../shared/run-meta.js';
import { csvRows, csvStyle } from '../csv-rows.js';
import type { FollowersRenderer } from '../renderer.js';

const COLUMNS = ['line', 'id', 'of', 'platform', 'class', 'rules', 'probability', 'contributions'] as const;

/** `posts=3:+1.80 following=2400:+0.95`: each fact the model read and the logit points it added, largest first. */
export function contributionsText(f: FollowerOut): string {
  if (!f.model) return '';
  const sorted = [...f.model.contributions].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return sorted.map((c) => `${c.feature}=${+c.value.toFixed(4)}:${c.weight >= 0 ? '+' : '-'}${Math.abs(c.weight).toFixed(2)}`).join(' ');
}

/**
 * One row per follower: the fired rule ids space-separated, the model's probability and contributions (empty when it
 * did not score the follower); every text cell neutralised against spreadsheet formulas. `excel-fr` writes the
 * probability with a decimal comma.
 */
export function followersCsvRenderer(dialect?: CsvDialect): FollowersRenderer {
  const s = csvStyle(dialect);
  return csvRows(COLUMNS, (f: FollowerOut) => [
    s.num(f.line), s.cell(f.id), s.cell(f.of), s.cell(f.platform), s.cell(f.class), s.cell(f.rules.join(' ')),
    f.model ? s.num(+f.model.probability.toFixed(4)) : '', s.cell(contributionsText(f)),
  ].join(s.sep), s);
}
