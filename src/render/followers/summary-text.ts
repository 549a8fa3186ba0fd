import type { FollowersSummary } from '../../shared/followers-output.js';

type Paint = (s: string) => string;
const plain: Paint = (s) => s;

/** The run in two lines: verdicts per influencer, then rows and the gate. The table colours it; stderr does not. */
export function followersSummaryText(s: FollowersSummary, paint: { green: Paint; yellow: Paint; red: Paint } = { green: plain, yellow: plain, red: plain }): string {
  const gate = s.gate.failOn === null ? '' : ` · gate ${s.gate.failed ? paint.red('FAILED') : paint.green('passed')}`;
  const n = `${s.influencers} influencer${s.influencers === 1 ? '' : 's'}`;
  return `${n}: ${paint.green(`${s.ok} ok`)}, ${paint.yellow(`${s.suspicious} suspicious`)}, ${paint.red(`${s.likelyFake} likely fake`)}, ${s.insufficientSample} insufficient sample\n` +
    `rows: ${s.rows.read} read, ${s.rows.used} used, ${s.rows.rejected} rejected${s.warnings ? `, ${s.warnings} ignored cell${s.warnings === 1 ? '' : 's'}` : ''}${gate}`;
}
