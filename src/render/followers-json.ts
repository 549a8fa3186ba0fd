import type { ShareEstimate } from '../core/audience/wilson.js';
import type { FollowerOut, FollowersRenderer, InfluencerAudience } from './followers-types.js';

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const share = (e: ShareEstimate) => ({ count: e.count, share: r4(e.share), low: r4(e.low), high: r4(e.high) });

/** A follower as JSON: the same object in `followers[]` and in each ndjson line. */
export function followerJson(f: FollowerOut): FollowerOut {
  return { line: f.line, id: f.id, of: f.of, platform: f.platform, class: f.class, rules: f.rules };
}

/** An influencer's audience as JSON, shares rounded to 4 decimals. */
export function influencerJson(a: InfluencerAudience): InfluencerAudience {
  const s = a.shares;
  return {
    of: a.of, platform: a.platform, sampleSize: a.sampleSize,
    shares: { real: share(s.real), massFollower: share(s.massFollower), suspicious: share(s.suspicious), likelyFake: share(s.likelyFake) },
    genuine: share(a.genuine), verdict: a.verdict, reason: a.reason, message: a.message, rulesFired: a.rulesFired, unchecked: a.unchecked,
  };
}

/**
 * One JSON document, streamed: followers are written as they are classified; the influencers' verdicts, the rejected
 * rows and the summary close it, so a large sample never sits in memory as output.
 */
export function followersJsonRenderer(): FollowersRenderer {
  let first = true;
  return {
    begin(meta) {
      const head = { tool: meta.tool, version: meta.version, schema: meta.schema, kind: 'followers' };
      return `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "followers": [`;
    },
    follower(f) {
      const sep = first ? '\n    ' : ',\n    ';
      first = false;
      return sep + JSON.stringify(followerJson(f));
    },
    end(influencers, summary, rejected) {
      const close = first ? ']' : '\n  ]';
      const tail = JSON.stringify({ influencers: influencers.map(influencerJson), rejected, summary }, null, 2).slice(1);
      return `${close},${tail}\n`;
    },
  };
}

/** One follower object per line; the verdicts and the summary go to stderr as text. */
export function followersNdjsonRenderer(): FollowersRenderer {
  return {
    begin: () => '',
    follower: (f) => `${JSON.stringify(followerJson(f))}\n`,
    end: () => '',
  };
}
