import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';

/** An option that a file makes useless is said, not silently ignored: the user believes it applied. */
describe('options a file does not use', () => {
  it('score --handle beside a handle column', async () => {
    const r = await runInProcess(['score', 'fixtures/roster-demo.csv', '--handle', 'someone', '--format', 'csv'], []);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('influaudit: --handle is not used: every file names its accounts in a column');
  });

  it('followers --of beside an influencer column', async () => {
    const r = await runInProcess(['followers', 'fixtures/followers-multi-influencer.csv', '--of', 'someone', '--format', 'csv'], []);
    expect(r.stderr).toContain('influaudit: fixtures/followers-multi-influencer.csv: the file names each follower\'s influencer in its "influencer" column: --of is not used');
    expect(r.stdout).not.toContain('someone');
  });

  it('says nothing when the option is used', async () => {
    const r = await runInProcess(['followers', 'fixtures/followers-instagram-healthy.csv', '--of', 'someone', '--format', 'csv'], []);
    expect(r.stderr).not.toContain('is not used');
  });
});
