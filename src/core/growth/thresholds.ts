/**
 * Every number the growth signals compare against. Flat and named with units so each can become a config
 * key as is. Shares are fractions (0.02 = 2 %), never percents. Where a figure has no published source, the
 * JSDoc says so and names the simulation (test/core/growth/simulation.test.ts) that calibrated it.
 */
export interface GrowthThresholds {
  /** Fewer points than this and the series says nothing about a baseline: skip. */
  minPoints: number;
  /** A series covering fewer days than this (first to last point) is too short: skip. */
  minSpanDays: number;
  /** A spike's gain above the baseline, as a share of the followers just before it. */
  minSpikeShareOfFollowers: number;
  /** A spike's gain above the baseline, in followers: smaller jumps are not worth reporting. */
  minSpikeGain: number;
  /** How far above the account's own day-to-day noise (robust σ, per √day) a gain must be to count as a spike. */
  spikeNoiseMultiple: number;
  /** Days after a spike in which a loss counts as giving it back. */
  dropWindowDays: number;
  /** Share of the spike's gain that must be lost (against the baseline trend) to call it a drop. */
  minDropShareOfSpike: number;
  /** A drop must also exceed this many σ·√days of the account's own noise, so ordinary wobble is not a drop. */
  dropNoiseMultiple: number;
  /** A known event within this many days of a spike excuses it. */
  eventToleranceDays: number;
  /** Spike share (of followers) at which the size part of the severity saturates. */
  severeSpikeShareOfFollowers: number;
  /** Share given back at which the give-back part of the severity saturates. */
  severeDropShareOfSpike: number;
  /** `growth-spike`: a one-day gain, as a share of followers, above which a spike with no drop is still noted. */
  largeSpikeShareOfFollowers: number;
  /** `growth-spike`: most followers an ad campaign brings in one day; a larger unexplained day is noted. */
  adsMaxGainPerDay: number;
  /** `following-jump`: smallest change in accounts followed (beyond the baseline) to call a jump. */
  followingJumpMinCount: number;
  /** `following-jump`: smallest change as a share of max(following before, after). */
  followingJumpMinShare: number;
  /** `growth-engagement-mismatch`: days of posts compared before and after a spike. */
  engagementWindowDays: number;
  /** `growth-engagement-mismatch`: fewest posts on each side of the spike to compare medians. */
  engagementMinPostsPerSide: number;
  /** `growth-engagement-mismatch`: smallest spike share of followers worth comparing engagement for. */
  engagementMinGrowthShare: number;
  /** `growth-engagement-mismatch`: share of the follower growth that interactions per post must follow. */
  engagementMinKeptPace: number;
}

/** Defaults; the README paragraph "Growth thresholds" explains them. */
export const DEFAULT_GROWTH: GrowthThresholds = {
  /** Eight points give seven intervals: the fewest for a median and MAD that one spike cannot move. */
  minPoints: 8,
  /** Two weeks: at least two full weekly cycles of posting, so weekday seasonality is not read as a spike. */
  minSpanDays: 14,
  /**
   * 2 % of followers in one episode: about 10–40× the daily growth of an established account (0.05–0.2 %/day in
   * the simulation's organic model) and below the smallest purchase that simulation injects (3 %).
   */
  minSpikeShareOfFollowers: 0.02,
  /** Followers are sold in packs "of 100, 1,000 or even 100,000" ("Au cœur du marketing d’influence", French conference notes, c. 2018): below the smallest pack, ignore. */
  minSpikeGain: 100,
  /** 6σ: a Gaussian day never gets there, heavy-tailed organic days rarely do; calibrated by simulation. */
  spikeNoiseMultiple: 6,
  /** "a loss of followers in the following days" ("Au cœur du marketing d’influence", French conference notes, c. 2018); bot purges usually land within ~10 days. */
  dropWindowDays: 10,
  /** Losing a tenth of a jump within days is beyond normal churn after a viral post (simulation: ≤ 5 %). */
  minDropShareOfSpike: 0.1,
  /** 2σ·√days: a random-walk wobble rarely reaches it; calibrated by simulation (FPR ≤ 2 %). */
  dropNoiseMultiple: 2,
  /** Exports date a day in the account's time zone, events are noted in the analyst's: allow a day either side. */
  eventToleranceDays: 1,
  /** The largest purchase simulated is 30 %; a fifth of the audience bought in a day is already the worst case. */
  severeSpikeShareOfFollowers: 0.2,
  /** Half of it gone again: the bots are being purged as fast as they were bought. */
  severeDropShareOfSpike: 0.5,
  /** A tenth of the audience in one day with nothing to explain it is worth a look even without a drop. */
  largeSpikeShareOfFollowers: 0.1,
  /** HypeAuditor: ads "won't get more than 5K followers in one day". */
  adsMaxGainPerDay: 5000,
  /** A fifth of the 1,500 "mass follower" line (HypeAuditor, trendhero): more than a person follows by hand in a day. */
  followingJumpMinCount: 300,
  /** A quarter of the followed list changed at once: a follow-for-follow campaign or its clean-up. */
  followingJumpMinShare: 0.25,
  /** A month each side: Modash reads engagement over ~2 months, so one month each side of the spike. */
  engagementWindowDays: 30,
  /** Three posts each side: the fewest for a median that one viral post cannot decide. */
  engagementMinPostsPerSide: 3,
  /** Per-post interactions vary by tens of percent; below 10 % growth no change would be visible. */
  engagementMinGrowthShare: 0.1,
  /** Real new followers interact like the old ones; less than a quarter of the growth showing is suspect. */
  engagementMinKeptPace: 0.25,
};
