import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** Young generation (both semi-spaces together) past which it does not grow: what `--max-semi-space-size=8` gives. */
const CAP_BYTES = 16 * 1024 * 1024;
const POLL_MS = 10;

/**
 * Keeps V8's young generation at 16 MiB. Left alone it reaches 32 MiB on a long run and not on a short one, so
 * memory would grow with the rows (docs/performance.md, memory). Its maximum can only be set
 * at start (`--max-semi-space-size`), but the growth factor is read at each growth, so it is set to 1 once the cap
 * is reached: the next growth, which takes as many surviving bytes as the young generation holds, comes long after
 * the next poll. Skipped when the user sized the young generation themselves.
 */
export function capYoungGeneration(): void {
  const flags = `${process.execArgv.join(' ')} ${process.env['NODE_OPTIONS'] ?? ''}`;
  if (/semi[-_]space/.test(flags)) return;
  const timer = setInterval(() => {
    const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    if (young !== undefined && young.space_size < CAP_BYTES) return;
    if (young !== undefined) setFlagsFromString('--semi-space-growth-factor=1');
    clearInterval(timer);
  }, POLL_MS);
  timer.unref();
}
