/// <reference lib="dom" />
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../../e2e/run-cli.js';
import { CHROMIUM_PATH, hasChromium, launchChromium, openReport } from './chromium.js';

/**
 * The HTML report in a real browser: built by the shipped binary, opened from disk in headless Chromium with every
 * request but the file itself aborted. Skips (with the reason in its name and on stderr) where Chromium is missing;
 * `.ci/run` installs it. Screenshots go to $INFLUAUDIT_SCREENSHOT_DIR, else a fresh temp dir, and their paths are printed.
 */
const available = hasChromium();
const why = `no Chromium at ${CHROMIUM_PATH}: apt-get install chromium (or set INFLUAUDIT_CHROMIUM) to run it`;
if (!available) process.stderr.write(`report.browser.test: skipped, ${why}\n`);

const SHOWCASE = ['fixtures/report-roster.csv', 'fixtures/history-giveaway-annotated.csv', 'fixtures/history-bought-vs-steady.csv', 'fixtures/followers-multi-influencer.csv'];

describe.skipIf(!available)(available ? 'the html report in headless Chromium' : `the html report in headless Chromium (skipped: ${why})`, () => {
  let browser: Browser;
  let dir: string;
  const shotDir = process.env['INFLUAUDIT_SCREENSHOT_DIR'] ?? mkdtempSync(join(tmpdir(), 'influaudit-report-'));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'influaudit-html-'));
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  function report(name: string, args: string[]): string {
    const run = runBin(['score', ...args, '--format', 'html']);
    expect(run.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    const path = join(dir, `${name}.html`);
    writeFileSync(path, run.stdout);
    return path;
  }

  it('shows every chart, with no console error and no request leaving the page; screenshot', async () => {
    const path = report('showcase', [...SHOWCASE, '--fail-on', 'likely-fake']);
    const { page, problems } = await openReport(browser, path);
    const charts = await page.locator('svg[role="img"]').all();
    const kinds = await page.$$eval('svg[role="img"]', (els) => els.map((e) => e.getAttribute('class')));
    expect(kinds.filter((k) => k === 'chart curve')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'chart band-chart').length).toBeGreaterThanOrEqual(4);
    expect(kinds.filter((k) => k === 'chart audience-bar')).toHaveLength(2);
    for (const c of charts) {
      await c.scrollIntoViewIfNeeded();
      expect(await c.isVisible()).toBe(true);
      const box = await c.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(10);
      const alt = await c.evaluate((svg) => [svg.querySelector('title')?.textContent ?? '', svg.querySelector('desc')?.textContent ?? '']);
      expect(alt[0]!.length).toBeGreaterThan(5);
      expect(alt[1]!.length).toBeGreaterThan(20);
    }
    // the flagged spike of cafe.lumiere is drawn and shaded; lea.cuisine's giveaway is labelled
    expect(await page.locator('#account-2 svg circle.flagged').count()).toBe(1);
    expect((await page.locator('#account-2 svg rect.drop').boundingBox())!.width).toBeGreaterThan(5);
    expect(await page.locator('#account-1 svg text.label.excused').textContent()).toBe('excused: giveaway with @maison.deco');
    expect(await page.locator('article.card').count()).toBe(6);
    expect(await page.locator('#rejected tbody tr').count()).toBe(1);
    expect(await page.locator('#warnings tbody tr').count()).toBe(1);
    expect(await page.locator('.gate .badge').textContent()).toContain('failed');

    const shot = join(shotDir, 'report-showcase.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    process.stdout.write(`html report screenshot: ${shot}\n`);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [], requests: [] });
  });

  it('keeps hostile handles inert: no script element, no dialog, the handle shown as text', async () => {
    const path = report('hostile', ['fixtures/roster-hostile.csv']);
    const { page, problems } = await openReport(browser, path);
    expect(await page.locator('script, img, iframe, object, embed').count()).toBe(0);
    const handles = await page.locator('article.card h3').allTextContents();
    expect(handles).toContain('<script>alert(1)</script>');
    expect(handles).toContain('gnp.\\u202ecod');
    expect(handles).toContain('evil\\x1b[31mred\\x1b[0m\\x07');
    await page.screenshot({ path: join(shotDir, 'report-hostile.png'), fullPage: true });
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [], requests: [] });
  });

  it('prints: cards do not split across pages, and text meets contrast on white', async () => {
    const path = report('print', SHOWCASE);
    const { page } = await openReport(browser, path);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.$$eval('article.card', (els) => els.map((e) => getComputedStyle(e).breakInside));
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    const pairs = await page.$$eval('.badge, .status, .muted, figcaption, .evidence dt, .chart text', (els) =>
      els.map((e) => {
        let bg = 'rgba(0, 0, 0, 0)';
        for (let n: Element | null = e; n && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); n = n.parentElement) bg = getComputedStyle(n).backgroundColor;
        const s = getComputedStyle(e);
        return { cls: e.getAttribute('class') ?? e.tagName, fg: e instanceof SVGElement ? s.fill : s.color, bg };
      }));
    expect(pairs.length).toBeGreaterThan(50);
    for (const p of pairs) expect(contrast(p.fg, p.bg), `${p.cls}: ${p.fg} on ${p.bg}`).toBeGreaterThanOrEqual(4.5);
  });
});

/** WCAG 2 contrast ratio of two computed `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
