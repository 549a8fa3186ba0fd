import type { Renderer } from './types.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Loads only the format asked for: the table pulls in chalk and its box drawing, which a piped run never needs. */
export async function rendererFor(format: Format): Promise<Renderer> {
  switch (format) {
    case 'table': return (await import('./table.js')).tableRenderer();
    case 'json': return (await import('./json.js')).jsonRenderer();
    case 'ndjson': return (await import('./ndjson.js')).ndjsonRenderer();
    case 'csv': return (await import('./csv.js')).csvRenderer();
    case 'markdown': return (await import('./markdown.js')).markdownRenderer();
    case 'html': return (await import('./html.js')).htmlRenderer();
  }
}
