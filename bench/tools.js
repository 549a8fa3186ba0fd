// Tools the bench compares against, installed on demand into bench/.cache (gitignored) so that `npm ci` stays lean:
// they are not dependencies of influaudit. Versions are pinned so that figures from different days compare.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const CACHE = fileURLToPath(new URL('./.cache/', import.meta.url));

export const TOOLS = {
  '@duckdb/node-api': '1.5.6-r.1', // brings @duckdb/node-bindings-linux-x64, whose package holds the prebuilt binary
  udsv: '0.7.3',
  papaparse: '5.7.1',
};

const require = createRequire(CACHE + 'package.json');

function installedVersion(name) {
  try {
    return JSON.parse(readFileSync(`${CACHE}node_modules/${name}/package.json`, 'utf8')).version;
  } catch {
    return undefined;
  }
}

/**
 * Installs the pinned tools unless they are there already. Never throws: offline, it returns one line that says so,
 * and the bench measures what it can without them. Returns { available: Set<name>, note?: string }.
 */
export function ensureTools() {
  const missing = Object.keys(TOOLS).filter((name) => installedVersion(name) !== TOOLS[name]);
  let note;
  if (missing.length) {
    mkdirSync(CACHE, { recursive: true });
    // A package.json of its own: `npm install --no-save a` then `b` would prune a, and the folder must not be taken
    // for the project (npm walks up to the nearest package.json).
    writeFileSync(CACHE + 'package.json', JSON.stringify({ private: true, description: 'bench tools, see ../tools.js', dependencies: TOOLS }, null, 2));
    process.stderr.write(`installing ${missing.map((n) => `${n}@${TOOLS[n]}`).join(', ')} into bench/.cache…\n`);
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--fetch-retries=1', '--fetch-retry-mintimeout=2000', '--fetch-retry-maxtimeout=5000', '--fetch-timeout=30000'], {
      cwd: CACHE,
      encoding: 'utf8',
      timeout: 240_000,
    });
    if (r.status !== 0) {
      // npm's own "npm error code ECONNREFUSED" (older npm: "npm ERR! code …") says it in a word
      const said = String(r.stderr ?? '').split('\n').find((l) => /^npm (ERR!|error) code /.test(l));
      const why = r.error?.message ?? said?.replace(/^npm (ERR!|error) /, '') ?? `exit ${r.status}`;
      note = `could not install ${missing.join(', ')} (npm install failed: ${why}); measuring without them`;
    }
  }
  const available = new Set(Object.keys(TOOLS).filter((name) => installedVersion(name) === TOOLS[name]));
  if (!note && available.size < Object.keys(TOOLS).length) note = `missing after install: ${Object.keys(TOOLS).filter((n) => !available.has(n)).join(', ')}; measuring without them`;
  return { available, note };
}

/** Loads an installed tool (all three are CommonJS packages). */
export function loadTool(name) {
  if (!existsSync(`${CACHE}node_modules/${name}`)) throw new Error(`${name} is not installed in bench/.cache: run npm run bench`);
  return require(name);
}
