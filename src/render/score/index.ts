import type { RunMeta } from '../../shared/run-meta.js';
import type { ScoreRenderer } from '../renderer.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Loads only the format asked for: the table pulls in chalk and its box drawing, which a piped run never needs. */
export async function scoreRendererFor(format: Format, meta: RunMeta): Promise<ScoreRenderer> {
  switch (format) {
    case 'table': return (await import('./table.js')).tableRenderer(meta);
    case 'json': return (await import('./json.js')).jsonRenderer(meta);
    case 'ndjson': return (await import('./json.js')).ndjsonRenderer(meta);
    case 'csv': return (await import('./csv.js')).csvRenderer({ ...(meta.csvDialect ? { dialect: meta.csvDialect } : {}), baseline: meta.baseline !== undefined });
    case 'markdown': return (await import('./markdown.js')).markdownRenderer(meta);
    case 'html': return (await import('./html.js')).htmlRenderer(meta);
  }
}
