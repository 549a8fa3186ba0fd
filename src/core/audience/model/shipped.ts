import type { Platform } from '../../platform.js';
import shipped from './followers-model.json' with { type: 'json' };
import type { FollowersModel, PlatformModel } from './types.js';

/**
 * The shipped coefficients (followers-model.json, written by `npm run train`; provenance inside). Imported as a JSON
 * module so that the one file is both what a reviewer diffs and what tsc copies next to this module in dist/ and
 * rolldown inlines into the bundle; the tests check it against `FollowersModel` (the import only widens its types).
 */
export const FOLLOWERS_MODEL = shipped as FollowersModel;

/** A platform's model: its own when trained (Instagram, X), Instagram's otherwise (closest public labelled data). */
export function followerModelFor(platform: Platform, model: FollowersModel = FOLLOWERS_MODEL): PlatformModel {
  return platform === 'x' ? model.platforms.x : model.platforms.instagram;
}
