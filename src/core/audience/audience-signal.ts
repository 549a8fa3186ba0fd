import { flag, pass, roundTo, skip, type Evidence, type Explanation, type Signal } from '../signal.js';
import type { AudienceSummary } from './summarise-audience.js';
import type { AudienceThresholds } from './thresholds.js';
import { zForConfidence } from './wilson.js';

export const AUDIENCE_QUALITY_ID = 'audience-quality';

/**
 * The audience verdict as a signal: `ok` passes, `suspicious` and `likely-fake` flag with the configured severity,
 * and `insufficient-sample` skips: a sample too small to conclude weighs nothing, like any missing data.
 */
export function audienceSignal(summary: AudienceSummary, t: AudienceThresholds): Signal {
  const { sampleSize, shares, fake, genuine, model, verdict, reason, message } = summary;
  const r = (x: number) => roundTo(x, 4);
  const pc = (x: number) => `${+(x * 100).toFixed(1)} %`;
  const evidence: Evidence = {
    sampleSize,
    real: shares.real.count,
    massFollower: shares.massFollower.count,
    suspicious: shares.suspicious.count,
    likelyFake: shares.likelyFake.count,
    likelyFakeShare: r(shares.likelyFake.share),
    likelyFakeLow: r(shares.likelyFake.low),
    likelyFakeHigh: r(shares.likelyFake.high),
    ...(model
      ? {
          modelScored: model.n,
          modelLikelyFake: model.raw.count,
          correctedFakeShare: r(fake.share),
          correctedFakeLow: r(fake.low),
          correctedFakeHigh: r(fake.high),
          modelSensitivity: r(model.sensitivity),
          modelSpecificity: r(model.specificity),
        }
      : {}),
    genuineShare: r(genuine.share),
    genuineLow: r(genuine.low),
    genuineHigh: r(genuine.high),
    verdict,
    reason,
  };
  const explain = (): Explanation => ({
    formula: model
      ? `fake share = (raw share + specificity − 1) / (sensitivity + specificity − 1) (Rogan & Gladen 1978), ${pc(t.confidence)} interval; real or mass share = count / sample, Wilson interval; decided on the intervals' bounds`
      : `share = count / sample; ${pc(t.confidence)} Wilson interval (z = ${zForConfidence(t.confidence).toFixed(2)}); decided on the interval's bounds`,
    inputs: {
      sampleSize, real: shares.real.count, massFollower: shares.massFollower.count, suspicious: shares.suspicious.count, likelyFake: shares.likelyFake.count,
      ...(model ? { modelScored: model.n, modelLikelyFake: model.raw.count, modelSensitivity: r(model.sensitivity), modelSpecificity: r(model.specificity) } : {}),
    },
    norm:
      `likely fake: normal ≤ ${pc(t.normalFakeShare)}, problem > ${pc(t.problemFakeShare)}; suspicious under ` +
      `${pc(t.minGenuineShare)} real or mass followers; at least ${t.minSample} followers (defaults: StatusPeople, IG Audit)`,
    result: `${verdict}: ${because(summary, t, pc)}`,
  });
  if (verdict === 'ok') return pass(AUDIENCE_QUALITY_ID, message, evidence, explain);
  if (verdict === 'insufficient-sample') return skip(AUDIENCE_QUALITY_ID, message, evidence, explain);
  const severity = verdict === 'likely-fake' ? t.severity.likelyFake : t.severity.suspicious;
  return flag(AUDIENCE_QUALITY_ID, severity, message, evidence, explain);
}

/** The comparison that decided, with the bound that was compared: what `--explain` shows. */
function because({ sampleSize, fake, genuine, reason }: AudienceSummary, t: AudienceThresholds, pc: (x: number) => string): string {
  switch (reason) {
    case 'sample-below-minimum':
      return `${sampleSize} followers < ${t.minSample}`;
    case 'fake-share-above-problem':
      return `likely fake low end ${pc(fake.low)} > ${pc(t.problemFakeShare)}`;
    case 'fake-share-above-normal':
      return `likely fake low end ${pc(fake.low)} > ${pc(t.normalFakeShare)}`;
    case 'genuine-share-below-minimum':
      return `real or mass high end ${pc(genuine.high)} < ${pc(t.minGenuineShare)}`;
    case 'within-norms':
      return `likely fake high end ${pc(fake.high)} ≤ ${pc(t.problemFakeShare)}, real or mass low end ${pc(genuine.low)} ≥ ${pc(t.minGenuineShare)}`;
    case 'interval-too-wide':
      return `likely fake ${pc(fake.low)}–${pc(fake.high)}, real or mass ${pc(genuine.low)}–${pc(genuine.high)}: an interval spans a limit`;
  }
}
