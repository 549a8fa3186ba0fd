import { describe, expect, it } from 'vitest';
import { scoreAccount } from '../../src/core/score-account.js';
import { DEFAULT_SCORING } from '../../src/core/scoring-config.js';
import { tableRenderer } from '../../src/render/score/table.js';
import { metaFor, summaryOf } from '../render/build.js';

describe('table: very many accounts (slow suite)', () => {
  it('100,000 accounts: one block each, no stack overflow (cli-table3 spread every row into one call)', () => {
    const one = scoreAccount({ handle: 'a', platform: 'instagram', profile: { followers: 10_000, following: 300 } }, DEFAULT_SCORING);
    const r = tableRenderer(metaFor());
    let text = r.begin();
    for (let i = 0; i < 100_000; i++) text += r.item(one);
    text += r.end({ summary: summaryOf([one], 0), rejected: [], warnings: [] });
    expect(text.match(/^│ a +│/gm)).toHaveLength(100_000);
  }, 300_000);
});
