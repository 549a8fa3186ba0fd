import { basename, extname } from 'node:path';

/**
 * The account of a single-account export without a handle column, from its file name: `lea.cuisine.csv` →
 * `lea.cuisine`, `FollowerHistory_lea.cuisine_2026.csv` keeps its whole stem. `--handle` overrides it.
 */
export function handleFromFileName(path: string): string {
  if (path === '<stdin>') return 'stdin';
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length) || name;
}
