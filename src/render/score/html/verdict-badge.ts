import type { Verdict } from '../../../core/verdict.js';
import { VERDICT_LABEL } from '../../verdict-label.js';

/** A mark beside every verdict's word, so the badge reads without its colour (and in a black-and-white print). */
const MARK: Record<Verdict, string> = { authentic: '✓', suspicious: '!', 'likely-fake': '✗', 'insufficient-data': '?' };

export function verdictBadge(v: Verdict): string {
  return `<span class="badge v-${v}"><span aria-hidden="true">${MARK[v]}</span> ${VERDICT_LABEL[v]}</span>`;
}
