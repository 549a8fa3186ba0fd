import type { FollowerClass } from '../../../src/core/audience/index.js';

/** A sample of follower classes from counts: sample({ real: 124, 'likely-fake': 56 }). */
export function sample(counts: Partial<Record<FollowerClass, number>>): FollowerClass[] {
  return (Object.entries(counts) as [FollowerClass, number][]).flatMap(([cls, k]) => Array<FollowerClass>(k).fill(cls));
}
