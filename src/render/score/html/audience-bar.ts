import { fmtInt } from '../../../core/format.js';
import type { Signal } from '../../../core/signal.js';
import { coord, esc } from './escape.js';
import { fmtShare } from './format.js';
import { numberAt } from './read-evidence.js';

const W = 900;
const H = 34;

/** The classes of a follower sample, in the order they are stacked (best first), with the evidence key of each count. */
const PARTS = [
  { key: 'real', label: 'real', cls: 'aq-real' },
  { key: 'massFollower', label: 'mass followers', cls: 'aq-mass' },
  { key: 'suspicious', label: 'suspicious', cls: 'aq-suspicious' },
  { key: 'likelyFake', label: 'likely fake', cls: 'aq-fake' },
] as const;

export interface AudienceShare {
  label: string;
  cls: string;
  count: number;
  share: number;
}

/** The sample's shares from `audience-quality` evidence; empty when its counts are missing or add up to nothing. */
export function audienceShares(s: Signal): AudienceShare[] {
  const counts = PARTS.map((p) => ({ ...p, count: numberAt(s.evidence, p.key) ?? 0 })).filter((p) => p.count > 0);
  const total = Math.max(counts.reduce((a, p) => a + p.count, 0), numberAt(s.evidence, 'sampleSize') ?? 0);
  if (total <= 0 || counts.length === 0) return [];
  const shares = counts.map((p) => ({ label: p.label, cls: p.cls, count: p.count, share: p.count / total }));
  const rest = total - counts.reduce((a, p) => a + p.count, 0);
  return rest > 0 ? [...shares, { label: 'unclassified', cls: 'aq-other', count: rest, share: rest / total }] : shares;
}

/**
 * The audience sample as one stacked bar, with a legend in text beside it (colour is never the only cue): empty when
 * the signal's evidence has no usable counts.
 */
export function audienceBar(s: Signal, idBase: string): string {
  const shares = audienceShares(s);
  if (shares.length === 0) return '';
  const total = shares.reduce((a, p) => a + p.count, 0);
  let x = 0;
  const rects = shares.map((p) => {
    const w = p.share * W;
    const r = `<rect class="${p.cls}" x="${coord(x)}" y="0" width="${coord(w)}" height="${H}"><title>${esc(`${p.label}: ${fmtInt(p.count)} (${fmtShare(p.share)})`)}</title></rect>`;
    x += w;
    return r;
  });
  const words = shares.map((p) => `${p.label} ${fmtInt(p.count)} (${fmtShare(p.share)})`).join(', ');
  const svg = `<svg class="chart audience-bar" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img" aria-labelledby="${idBase}-t ${idBase}-d">` +
    `<title id="${idBase}-t">Audience sample of ${esc(fmtInt(total))} followers</title><desc id="${idBase}-d">${esc(words)}.</desc>${rects.join('')}</svg>`;
  const legend = shares.map((p) => `<li><span class="swatch ${p.cls}" aria-hidden="true"></span>${esc(p.label)} <b>${esc(fmtShare(p.share))}</b> <span class="muted">(${esc(fmtInt(p.count))})</span></li>`).join('');
  return `${svg}<ul class="legend">${legend}</ul>`;
}
