/** `flag()` rounds severities to 3 digits; below this a computed flag would read as severity 0. */
const SMALLEST_SHOWN = 0.001;

/**
 * The severity of a case already judged outside its band: at least the smallest `flag()` can show, so a
 * ratio a hair past the edge stays a (light) flag instead of a flag of severity 0, which the Signal type
 * reserves for pass and skip.
 */
export function outsideBandSeverity(severity: number): number {
  return Math.max(SMALLEST_SHOWN, severity);
}
