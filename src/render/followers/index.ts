import type { FollowersMeta } from '../../shared/followers-output.js';
import type { FollowersRenderer } from '../renderer.js';

export const FOLLOWER_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type FollowerFormat = (typeof FOLLOWER_FORMATS)[number];

/** Loads only the format asked for (the table pulls in chalk and the box drawing). */
export async function followersRendererFor(format: FollowerFormat, meta: FollowersMeta): Promise<FollowersRenderer> {
  switch (format) {
    case 'table': return (await import('./table.js')).followersTableRenderer(meta);
    case 'json': return (await import('./json.js')).followersJsonRenderer(meta);
    case 'ndjson': return (await import('./json.js')).followersNdjsonRenderer();
    case 'csv': return (await import('./csv.js')).followersCsvRenderer(meta.csvDialect);
  }
}
