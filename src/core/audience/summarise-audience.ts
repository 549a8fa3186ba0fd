import type { FollowerClass } from './classify-follower.js';
import { noClasses, type ClassCounts } from './follower-sample.js';
import type { AudienceThresholds } from './thresholds.js';
import type { ModelAudienceShare } from './model/audience-share.js';
import { wilsonInterval, zForConfidence, type ShareEstimate } from './wilson.js';

export type AudienceVerdict = 'ok' | 'suspicious' | 'likely-fake' | 'insufficient-sample';

/** Why the verdict: a stable code, so tests and scripts need not parse the message. */
export type AudienceReason =
  | 'fake-share-above-problem'
  | 'fake-share-above-normal'
  | 'genuine-share-below-minimum'
  | 'within-norms'
  | 'sample-below-minimum'
  | 'interval-too-wide';

export interface AudienceSummary {
  sampleSize: number;
  /**
   * The learned model's fake share of the followers it scored: raw, and corrected for its measured sensitivity and
   * specificity (Rogan & Gladen 1978). When present, the verdict reads the corrected share.
   */
  model?: ModelAudienceShare;
  shares: { real: ShareEstimate; massFollower: ShareEstimate; suspicious: ShareEstimate; likelyFake: ShareEstimate };
  /** The fake share the verdict read: the model's corrected share when it scored the sample, else `shares.likelyFake`. */
  fake: ShareEstimate;
  /** Real or mass followers: IG Audit's "real" share (a mass follower is a person, not a fake). */
  genuine: ShareEstimate;
  verdict: AudienceVerdict;
  reason: AudienceReason;
  message: string;
}

/**
 * Shares of each follower class with Wilson intervals, and a verdict decided on the interval bounds, never the point
 * estimate, so a small sample cannot convict: likely-fake when even the low end of the fake share is above
 * `problemFakeShare` (StatusPeople 30 %); suspicious when it is above `normalFakeShare` (StatusPeople ~10 %) or when
 * even the high end of the genuine share is under `minGenuineShare` (IG Audit 60 %); ok when the intervals rule
 * both problems out; otherwise the sample is too small to say (`interval-too-wide`), as it is below `minSample`.
 */
export function summariseAudience(sample: readonly FollowerClass[] | Readonly<ClassCounts>, t: AudienceThresholds, model?: ModelAudienceShare): AudienceSummary {
  const counts = Array.isArray(sample) ? countClasses(sample as readonly FollowerClass[]) : (sample as Readonly<ClassCounts>);
  const count = (c: FollowerClass) => counts[c];
  const n = count('real') + count('mass-follower') + count('suspicious') + count('likely-fake');
  const z = zForConfidence(t.confidence);
  const est = (k: number) => wilsonInterval(k, n, z);
  const [real, mass, susp, fake] = [count('real'), count('mass-follower'), count('suspicious'), count('likely-fake')];
  const shares = { real: est(real), massFollower: est(mass), suspicious: est(susp), likelyFake: est(fake) };
  const genuine = est(real + mass);
  // With the model, the fake share judged is the corrected one (its count is of the followers the model scored).
  const scored = model !== undefined && model.n > 0 ? model : undefined;
  const fakeShare: ShareEstimate = scored ? { count: scored.raw.count, share: scored.corrected.share, low: scored.corrected.low, high: scored.corrected.high } : shares.likelyFake;
  const { verdict, reason } = decide(n, fakeShare, genuine, t);
  const message = describe(reason, n, fakeShare, genuine, t, scored !== undefined);
  return { sampleSize: n, ...(model ? { model } : {}), shares, fake: fakeShare, genuine, verdict, reason, message };
}

function countClasses(classes: readonly FollowerClass[]): ClassCounts {
  const counts = noClasses();
  for (const c of classes) counts[c]++;
  return counts;
}

function decide(n: number, fake: ShareEstimate, genuine: ShareEstimate, t: AudienceThresholds) {
  const say = (verdict: AudienceVerdict, reason: AudienceReason) => ({ verdict, reason });
  if (n < t.minSample || n === 0) return say('insufficient-sample', 'sample-below-minimum');
  if (fake.low > t.problemFakeShare) return say('likely-fake', 'fake-share-above-problem');
  if (fake.low > t.normalFakeShare) return say('suspicious', 'fake-share-above-normal');
  if (genuine.high < t.minGenuineShare) return say('suspicious', 'genuine-share-below-minimum');
  if (fake.high <= t.problemFakeShare && genuine.low >= t.minGenuineShare) return say('ok', 'within-norms');
  return say('insufficient-sample', 'interval-too-wide');
}

// The published figure is credited only while the threshold is still that figure.
const STATUSPEOPLE_NORMAL = 0.1;
const STATUSPEOPLE_PROBLEM = 0.3;
const IG_AUDIT_GENUINE = 0.6;
const cite = (value: number, published: number, who: string) => (value === published ? ` (${who})` : '');

const pct = (x: number) => `${Math.round(x * 100)} %`;
const range = (e: ShareEstimate) => `${Math.round(e.low * 100)}–${Math.round(e.high * 100)} %`;

function describe(reason: AudienceReason, n: number, fake: ShareEstimate, genuine: ShareEstimate, t: AudienceThresholds, corrected: boolean): string {
  if (reason === 'sample-below-minimum') {
    const got = n === 0 ? 'no follower classified' : `only ${n} follower${n === 1 ? '' : 's'} classified`;
    return `${got}; at least ${t.minSample} are needed to judge an audience`;
  }
  const ci = `${+(t.confidence * 100).toFixed(1)} % CI`;
  const sample = `in a sample of ${n} followers`;
  const fakeText = `${pct(fake.share)} likely fake${corrected ? ', corrected for the model\'s errors' : ''} (${ci} ${range(fake)}) ${sample}`;
  const genuineText = `${pct(genuine.share)} real or mass followers (${ci} ${range(genuine)}) ${sample}`;
  const statusPeople = cite(t.problemFakeShare, STATUSPEOPLE_PROBLEM, 'StatusPeople');
  const problem = `> ${pct(t.problemFakeShare)} is a problem`;
  // One citation closes "about 10 % is normal, > 30 % is a problem (StatusPeople)" when both figures are theirs.
  const norms = `about ${pct(t.normalFakeShare)} is normal, ${problem}${t.normalFakeShare === STATUSPEOPLE_NORMAL ? statusPeople : ''}`;
  const igAudit = cite(t.minGenuineShare, IG_AUDIT_GENUINE, 'IG Audit');
  switch (reason) {
    case 'fake-share-above-problem':
      return `${fakeText}; ${problem}${statusPeople}`;
    case 'fake-share-above-normal':
    case 'within-norms':
      return `${fakeText}; ${norms}`;
    case 'genuine-share-below-minimum':
      return `${genuineText}; under ${pct(t.minGenuineShare)} real is suspicious${igAudit}`;
    case 'interval-too-wide': {
      const limit = fake.high > t.problemFakeShare
        ? `a normal share from one > ${pct(t.problemFakeShare)}${statusPeople}`
        : `whether it is under ${pct(t.minGenuineShare)} real${igAudit}`;
      return `${fake.high > t.problemFakeShare ? fakeText : genuineText}: too few to tell ${limit}; classify more followers`;
    }
  }
}
