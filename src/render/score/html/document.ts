import type { RunMeta } from '../../../shared/run-meta.js';
import { esc } from './escape.js';
import { STYLE } from './style.js';

/**
 * The page around the report, as a head and a foot so the accounts can stream between them. The
 * Content-Security-Policy forbids every fetch and every script: the report needs neither, so even a handle that
 * escaped escaping could not run or phone home.
 */
export function htmlHead(meta: RunMeta): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<title>influaudit report</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header><h1>influaudit report</h1><p class="meta">influaudit ${esc(meta.version)} · output schema ${meta.schema} · <a href="#summary-h">summary</a> (with the norm tables each platform was judged on)</p></header>`,
    '',
  ].join('\n');
}

export const HTML_FOOT = '</main>\n</body>\n</html>\n';
