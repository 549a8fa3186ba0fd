import type { Platform } from '../platform.js';

/**
 * The usual comments-per-like range of one platform (a fraction: 0.02 = 2 comments per 100 likes), with
 * where it comes from. The flag band is this range widened by `commentLikeFarFactor` on both sides.
 */
export interface CommentLikeTypical {
  low: number;
  high: number;
  source: string;
}

/** Every threshold the posts signals use. Each key becomes a config key (`posts.<key>`). */
export interface PostThresholds {
  /** Posts measured by default: the newest N. HypeAuditor computes ER over the last 30 posts. */
  lastN: number;
  /**
   * Fewest posts with the needed columns for a per-post rate median (engagement). Below 5 the median is
   * one or two posts' rate, which is what the posts source exists to avoid. Judgement.
   */
  rateMinPosts: number;
  /**
   * Fewest posts for the distribution signals (uniformity, burst, comment ratio). A median/MAD baseline
   * from fewer than 8 points moves a lot when one post is added. Judgement.
   */
  minPosts: number;
  /**
   * like-uniformity flags when the coefficient of variation of likes (sample sd / mean) is below this.
   * Organic like counts are heavy-tailed and over-dispersed: a real X Analytics export (188 tweets, published
   * with the book Applied Data Skills, DeBruine & Nordmann) has CV 3.1; a CV under 0.15 means nearly every post within ±15 % of the mean, which is what
   * pods and like packs ("packs of 100, 1,000", "Au cœur du marketing d’influence", French conference notes, c. 2018) produce and what writefulcopy.com ("five ways to
   * spot fake engagement", #1 "there's consistent engagement") calls the tell. Severity = 1 − CV / this.
   */
  uniformityMaxCv: number;
  /**
   * like-uniformity is skipped below this median likes per post: with a handful of likes the CV is set by
   * small-number noise, and packs are sold from 100 likes up ("Au cœur du marketing d’influence", French conference notes, c. 2018).
   */
  uniformityMinMedianLikes: number;
  /**
   * like-burst: a post is a like outlier when its modified z-score 0.6745 × (likes − median) / MAD exceeds
   * this. 3.5 is the outlier cut-off recommended by Iglewicz & Hoaglin (1993, "How to Detect and Handle
   * Outliers"). With MAD = 0 any post above the median passes this test and `burstMinMultiple` decides.
   */
  burstMinZ: number;
  /**
   * like-burst: … and has at least this many times the median likes ((likes + 1) / (median + 1), +1 so a
   * zero baseline still divides). "From 100 likes per post to several thousand" is the pattern described
   * (morgansandphillips.net, how to identify fake likes); 4× keeps a merely good post out. Judgement.
   */
  burstMinMultiple: number;
  /**
   * like-burst: … and at least this many likes above the median. Packs are sold from 100 likes up
   * ("Au cœur du marketing d’influence", French conference notes, c. 2018); on an account with a handful of likes a post, a jump of a few dozen is small-number noise
   * (the real X sample: median 2 likes, several tweets at 30–80 on impressions that rose with them).
   */
  burstMinExtraLikes: number;
  /**
   * like-burst: the outlier is "matched" (viral, not bought) when its best companion (comments, views,
   * impressions, reach; same +1 multiple over its own median) rose at least this share of the likes' rise
   * on a log scale: 0.5 means likes ×16 need a companion ×4. Viral posts lose comment share as they reach
   * strangers, so demanding the same rise would flag them; bought likes bring no rise at all (×1).
   */
  burstMatchLogShare: number;
  /** like-burst: severity = unmatched bursts / this, capped at 1: three bought posts in the window is plenty. */
  burstPostsForFullSeverity: number;
  /**
   * comment-like-ratio: posts with fewer likes are left out of the ratio; under 10 likes one comment moves
   * the ratio by 10 points or more, more than the whole typical band.
   */
  ratioMinLikes: number;
  /**
   * comment-like-ratio: a median below the band counts only when the median post, at the band's low edge,
   * would expect at least this many comments; otherwise a comment-less post is chance, not bought likes.
   */
  ratioMinExpectedComments: number;
  /** comment-like-ratio flag band = [typical low / this, typical high × this]: "far outside" means 3× beyond. */
  commentLikeFarFactor: number;
  /** Usual comments per like by platform (Facebook: comments per reaction; X: replies per like). */
  commentLikeTypical: Record<Platform, CommentLikeTypical>;
  /**
   * impossible-metrics: severity = this + (1 − this) × share of checked posts affected. Likes above views is
   * a fact about the data, not a statistical suspicion, so even one post starts at half weight.
   */
  impossibleBaseSeverity: number;
}

export const DEFAULT_POSTS: PostThresholds = {
  lastN: 30,
  rateMinPosts: 5,
  minPosts: 8,
  uniformityMaxCv: 0.15,
  uniformityMinMedianLikes: 20,
  burstMinZ: 3.5,
  burstMinMultiple: 4,
  burstMinExtraLikes: 50,
  burstMatchLogShare: 0.5,
  burstPostsForFullSeverity: 3,
  ratioMinLikes: 10,
  ratioMinExpectedComments: 1,
  commentLikeFarFactor: 3,
  commentLikeTypical: {
    instagram: {
      low: 0.01,
      high: 0.05,
      source:
        'HubSpot & Mention, Instagram Engagement Report 2020 (48 M posts): median 100 likes and 4 comments a post (≈4 %); ' +
        'caleydimmock.com: 700–900 likes with 0–3 comments (≈0.2 %) was a bought account',
    },
    facebook: {
      low: 0.01,
      high: 0.1,
      source: 'judgement: comments per reaction run somewhat above Instagram; no published median found',
    },
    tiktok: {
      low: 0.01,
      high: 0.1,
      source: 'calculatecreator.com (2025): 1 comment per 10–100 likes runs from excellent to poor',
    },
    youtube: {
      low: 0.01,
      high: 0.1,
      source: 'judgement: comments per like on YouTube are close to TikTok; no published median found',
    },
    x: {
      low: 0.01,
      high: 0.5,
      source:
        'a real X Analytics export of January 2021 (Applied Data Skills, DeBruine & Nordmann; 188 tweets): median 5.7 % replies per like on tweets with ≥ 10 likes; ' +
        'replies above likes ("ratioed") is a real, public pattern, hence the wide top',
    },
  },
  impossibleBaseSeverity: 0.5,
};
