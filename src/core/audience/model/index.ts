/** The learned follower model: features, scoring with explanations, and the corrected fake share. Pure: no I/O. */
export { featuresOf, presentFeatures, KNOTS, MODEL_FEATURES, type FeatureValue, type FollowerFeatures, type ModelFeature } from './features.js';
export type { CrossValidated, FeatureWeights, FollowersModel, PlatformModel, SubModel } from './types.js';
export { scoreFollower, subModelFor, type Contribution, type ModelClass, type ModelScore } from './score-follower.js';
export { correctedShare, proportionSe, type AccuracyEvidence, type CorrectedShare } from './corrected-share.js';
export { modelAudienceShare, ModelShareTally, type ModelAudienceShare } from './audience-share.js';
export { FOLLOWERS_MODEL, followerModelFor } from './shipped.js';
