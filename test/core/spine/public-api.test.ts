import { describe, expect, it } from 'vitest';
import * as api from '../../../src/index.js';

describe('the library API', () => {
  it('names the caps after the config key, maxLogOdds; DEFAULT_WEIGHTS stays one release as the same object', () => {
    expect(api.DEFAULT_MAX_LOG_ODDS).toBe(api.DEFAULT_SCORING.maxLogOdds);
    expect(api.DEFAULT_WEIGHTS).toBe(api.DEFAULT_MAX_LOG_ODDS);
    expect(Object.keys(api.DEFAULT_MAX_LOG_ODDS)).toContain('engagement-rate');
  });
});

describe('signal ids', () => {
  it('every counted signal has a default cap, and only verified has none (its bonus is in points)', () => {
    expect(Object.keys(api.DEFAULT_MAX_LOG_ODDS).sort()).toEqual(api.SIGNAL_IDS.filter((id) => id !== 'verified').sort());
  });

  it('every signal an account gets has an id of SIGNAL_IDS', () => {
    const r = api.scoreAccount({ handle: 'a', platform: 'instagram', profile: { followers: 12_000, following: 800, avgLikes: 3_900, avgComments: 2, avgViews: 30_000, verified: true } }, api.DEFAULT_SCORING);
    for (const s of r.signals) expect(api.SIGNAL_IDS).toContain(s.id);
  });
});
