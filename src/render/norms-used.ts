/**
 * "norms instagram-2026 (instagram), youtube-views-2026 (youtube)": the tables a run's accounts were judged on, per
 * platform (a YouTube run is not judged on the default platform's table, and should not say so).
 */
export function normsText(used: Readonly<Record<string, readonly string[]>>): string {
  const parts = Object.entries(used).map(([platform, tables]) => `${tables.join(' + ')} (${platform})`);
  return parts.length === 0 ? 'no norm table used (no engagement rate measured)' : `norms ${parts.join(', ')}`;
}
