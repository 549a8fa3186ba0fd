import type { ModelAudienceShare } from '../../core/audience/model/index.js';
import type { ShareEstimate } from '../../core/audience/wilson.js';
import type { FollowerOut, FollowersMeta, InfluencerAudience } from '../../shared/followers-output.js';
import { failedKey, jsonDocument, ndjsonLines } from '../json-document.js';
import type { FollowersRenderer, FollowersTail } from '../renderer.js';

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const r3 = (x: number) => Math.round(x * 1e3) / 1e3;
const share = (e: ShareEstimate) => ({ count: e.count, share: r4(e.share), low: r4(e.low), high: r4(e.high) });

/** A follower as JSON: the same object in `followers[]` and in each ndjson line. */
export function followerJson(f: FollowerOut): FollowerOut {
  const base = { line: f.line, id: f.id, of: f.of, platform: f.platform, class: f.class, rules: f.rules };
  if (!f.model) return base;
  const contributions = f.model.contributions.map((c) => ({ feature: c.feature, value: r4(c.value), weight: r3(c.weight) }));
  return { ...base, model: { probability: r4(f.model.probability), baseline: r3(f.model.baseline), contributions } };
}

/** The model's audience share as JSON, rounded to 4 decimals. */
function modelShareJson(m: ModelAudienceShare): ModelAudienceShare {
  const c = m.corrected;
  return {
    n: m.n, raw: share(m.raw),
    corrected: { share: r4(c.share), low: r4(c.low), high: r4(c.high), sampling: { low: r4(c.sampling.low), high: r4(c.sampling.high) } },
    sensitivity: r4(m.sensitivity), specificity: r4(m.specificity),
  };
}

/** An influencer's audience as JSON, shares rounded to 4 decimals. */
export function influencerJson(a: InfluencerAudience): InfluencerAudience {
  const s = a.shares;
  return {
    of: a.of, platform: a.platform, sampleSize: a.sampleSize,
    shares: { real: share(s.real), massFollower: share(s.massFollower), suspicious: share(s.suspicious), likelyFake: share(s.likelyFake) },
    genuine: share(a.genuine), ...(a.model ? { model: modelShareJson(a.model) } : {}), verdict: a.verdict, reason: a.reason, message: a.message, rulesFired: a.rulesFired, unchecked: a.unchecked,
  };
}

/**
 * One JSON document, streamed: followers as they are classified, then the audiences, the rejected rows and the
 * summary; `error` and `summary.failed` when the run failed after the output began.
 */
export function followersJsonRenderer(meta: FollowersMeta): FollowersRenderer {
  const head = { tool: meta.tool, version: meta.version, schema: meta.schema, kind: 'followers' };
  return jsonDocument(head, 'followers', followerJson, ({ influencers, rejected, warnings, summary, asOf, notes = [], error }: FollowersTail) => ({
    ...failedKey(error), influencers: influencers.map(influencerJson), ...(asOf !== undefined ? { asOf } : {}), notes, rejected, warnings, summary: error === undefined ? summary : { ...summary, failed: true },
  }));
}

/** One follower object per line; the audiences and the summary go to stderr as text. */
export function followersNdjsonRenderer(): FollowersRenderer {
  return ndjsonLines(followerJson);
}
