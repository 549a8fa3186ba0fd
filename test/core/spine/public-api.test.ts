import { describe, expect, it } from 'vitest';
import * as api from '../../../src/index.js';

describe('the library API', () => {
  it('names the caps after the config key, maxLogOdds; DEFAULT_WEIGHTS stays one release as the same object', () => {
    expect(api.DEFAULT_MAX_LOG_ODDS).toBe(api.DEFAULT_SCORING.maxLogOdds);
    expect(api.DEFAULT_WEIGHTS).toBe(api.DEFAULT_MAX_LOG_ODDS);
    expect(Object.keys(api.DEFAULT_MAX_LOG_ODDS)).toContain('engagement-rate');
  });
});
