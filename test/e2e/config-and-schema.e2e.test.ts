import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from './run-cli.js';

const verdicts = (stdout: string) => Object.fromEntries((JSON.parse(stdout) as { accounts: { handle: string; verdict: string }[] }).accounts.map((a) => [a.handle, a.verdict]));

describe('config file', () => {
  it('a config that changes the cut-offs changes the verdict', () => {
    const before = verdicts(runBin(['score', 'fixtures/roster-demo.csv']).stdout);
    const after = verdicts(runBin(['score', 'fixtures/roster-demo.csv', '--config', 'fixtures/config-strict-cutoffs.json']).stdout);
    expect(before['growth.hacker']).toBe('suspicious');
    expect(after['growth.hacker']).toBe('likely-fake');
    expect(after['marie.voyage']).toBe('authentic');
  });

  it('is found in the working directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'influaudit-cfg-'));
    copyFileSync(join(ROOT, 'fixtures/config-strict-cutoffs.json'), join(dir, 'influaudit.config.json'));
    copyFileSync(join(ROOT, 'fixtures/roster-demo.csv'), join(dir, 'roster.csv'));
    expect(verdicts(runBin(['score', 'roster.csv'], { cwd: dir }).stdout)['growth.hacker']).toBe('likely-fake');
  });

  it('adds a custom norm table that judges engagement', () => {
    const r = runBin(['score', 'fixtures/roster-demo.csv', '--config', 'fixtures/config-agency-norms.json']);
    const out = JSON.parse(r.stdout) as { norms: string; accounts: { handle: string; signals: { id: string; evidence: Record<string, unknown> }[] }[] };
    expect(out.norms).toBe('agency-2026');
    const er = out.accounts.find((a) => a.handle === 'marie.voyage')!.signals.find((s) => s.id === 'engagement-rate')!;
    expect(er.evidence).toMatchObject({ normTable: 'agency-2026', tier: '10k+', medianPct: 2.5, spread: 1.2 });
    expect(runBin(['norms', 'agency-2026', '--config', 'fixtures/config-agency-norms.json']).stdout).toContain('agency campaign medians 2026');
  });

  it.each([
    ['{ "maxLogOdds": { "engagement-rate": "high" } }', /maxLogOdds\.engagement-rate: .*expected number/],
    ['{ "maxLogOdds": { "engagement-rat": 2 } }', /maxLogOdds: Unrecognized key: "engagement-rat"/],
    ['{ "maxLogOdds": { "__proto__": 2 } }', /maxLogOdds: Unrecognized key: "__proto__"/],
    ['{ "weights": { "engagement-rate": 60 } }', /written for an older influaudit: weights: `weights` \(score points lost at severity 1\) is now `maxLogOdds`/],
    ['{ "norms": { "tables": [{ "tiers": [{ "normPct": 2 }] }] } }', /norms\.tables\.0\.tiers\.0\.normPct: norm tiers now take `medianPct`/],
    ['{ "verdikt": {} }', /Unrecognized key: "verdikt"/],
    ['{ "growth": { "dropWindowDays": -3 } }', /growth\.dropWindowDays/],
    ['{ "norms": { "byPlatform": { "instagram": "nope" } } }', /norms\.byPlatform\.instagram: no norm table named "nope"/],
    ['{ "verdict": { "authenticMin": 30, "suspiciousMin": 60 } }', /verdict\.suspiciousMin/],
    ['not json', /not valid JSON/],
  ])('an invalid config exits 2 naming the key: %s', (text, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'influaudit-bad-'));
    const file = join(dir, 'c.json');
    writeFileSync(file, text);
    const r = runBin(['score', 'fixtures/roster-demo.csv', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('schemas', () => {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  const schema = (which: string) => JSON.parse(runBin(['schema', which]).stdout) as object;

  it.each([
    ['a roster', ['fixtures/roster-demo.csv']],
    ['bad rows, with --explain', ['fixtures/roster-bad-rows.csv', '--explain']],
    ['a roster joined with a history and a gate', ['fixtures/roster-demo.csv', 'fixtures/history-bought-vs-steady.csv', '--fail-on', 'suspicious']],
    ['a baseline, --strict and a failed gate', ['fixtures/shortlist-2026-02.csv', '--baseline', 'fixtures/audit-2026-01-accepted.json', '--strict', '--fail-on', 'suspicious']],
  ])('real --format json output of %s validates against `schema output`', (_name, args) => {
    const validate = ajv.compile(schema('output'));
    const out = JSON.parse(runBin(['score', ...args, '--format', 'json']).stdout) as unknown;
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['output-followers', ['fixtures/followers-instagram-healthy.csv']],
    ['output', ['fixtures/followers-multi-influencer.csv']],
  ])('real `followers --format json` output validates against `schema %s`', (which, args) => {
    const validate = ajv.compile(schema(which));
    const out = JSON.parse(runBin(['followers', ...args, '--format', 'json']).stdout) as unknown;
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(ajv.compile(schema('output-score'))(out)).toBe(false);
  });

  it('the output schema rejects a document that breaks the contract', () => {
    const validate = ajv.compile(schema('output'));
    const out = JSON.parse(runBin(['score', 'fixtures/roster-demo.csv']).stdout) as { accounts: { verdict: string }[] };
    out.accounts[0]!.verdict = 'fake-ish';
    expect(validate(out)).toBe(false);
  });

  it('the shipped example configs validate against `schema config`', () => {
    const validate = ajv.compile(schema('config'));
    for (const f of ['fixtures/config-strict-cutoffs.json', 'fixtures/config-agency-norms.json']) {
      expect(validate(JSON.parse(readFileSync(join(ROOT, f), 'utf8'))), f).toBe(true);
    }
    expect(validate({ maxLogOdds: { 'engagement-rate': 'x' } })).toBe(false);
  });
});
