#!/usr/bin/env node
// Screenshot of an HTML report in headless Chromium, for reviewing a change to the report by eye:
//   node bin/influaudit.js score fixtures/roster-demo.csv fixtures/history-bought-vs-steady.csv --format html > report.html
//   node test/slow/browser/screenshot.js report.html report.png [width]
import { resolve } from 'node:path';
import { CHROMIUM_PATH, hasChromium, launchChromium, openReport } from './chromium.js';

const [input, output, width] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: node test/slow/browser/screenshot.js REPORT.html OUT.png [WIDTH]\n');
  process.exit(2);
}
if (!hasChromium()) {
  process.stderr.write(`screenshot: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set INFLUAUDIT_CHROMIUM)\n`);
  process.exit(2);
}
const browser = await launchChromium();
try {
  const { page, problems } = await openReport(browser, resolve(input), { width: Number(width) || 1000, height: 800 });
  await page.screenshot({ path: resolve(output), fullPage: true });
  const issues = [...problems.consoleErrors, ...problems.pageErrors, ...problems.requests.map((u) => `request: ${u}`)];
  for (const i of issues) process.stderr.write(`screenshot: ${i}\n`);
  process.stdout.write(`${resolve(output)}\n`);
  process.exitCode = issues.length > 0 ? 1 : 0;
} finally {
  await browser.close();
}
