import { FOLLOWER_CLASSES, type FollowerClass } from './classify-follower.js';
import type { JudgedFollower } from './judge-follower.js';
import { ModelShareTally } from './model/audience-share.js';

/** How many followers of a sample fell in each class. */
export type ClassCounts = Record<FollowerClass, number>;

export const noClasses = (): ClassCounts => ({ real: 0, 'mass-follower': 0, suspicious: 0, 'likely-fake': 0 });

/**
 * One account's follower sample as it is read: class counts and the model's tally, so a sample of any size costs a
 * few numbers (memory grows with accounts, never with followers).
 */
export class FollowerSample {
  readonly classes: ClassCounts = noClasses();
  readonly model = new ModelShareTally();

  add(j: JudgedFollower): void {
    this.classes[j.class]++;
    if (j.model) this.model.add(j.model);
  }

  get size(): number {
    return FOLLOWER_CLASSES.reduce((n, c) => n + this.classes[c], 0);
  }
}
