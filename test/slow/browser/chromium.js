// Headless Chromium for the HTML report: shared by the browser test and the screenshot script (plain JS, so
// contributors can run the script with node and no build). Types are in chromium.d.ts.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Debian's chromium: `.ci/run` installs it; without it the browser test skips. */
export const CHROMIUM_PATH = process.env.INFLUAUDIT_CHROMIUM ?? '/usr/bin/chromium';

export function hasChromium() {
  return existsSync(CHROMIUM_PATH);
}

/** No network, no first-run work, no background fetches: the report must render on its own. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Opens a report file in a fresh page and records what a self-contained page must not do: console errors (a CSP
 * violation is one), page errors, dialogs (an `alert` from a handle), and requests other than the file itself, which
 * are aborted so nothing leaves the machine even if one is made.
 */
export async function openReport(browser, htmlPath, viewport = { width: 1000, height: 800 }) {
  const page = await browser.newPage({ viewport });
  const fileUrl = pathToFileURL(htmlPath).href;
  const problems = { consoleErrors: [], pageErrors: [], dialogs: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    problems.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === fileUrl) return route.continue();
    problems.requests.push(url);
    return route.abort();
  });
  await page.goto(fileUrl, { waitUntil: 'load' });
  return { page, problems };
}
