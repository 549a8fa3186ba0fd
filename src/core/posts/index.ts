/** Posts-based engagement: the rate measured on posts, and the signals of bought or pod engagement. */
export { auditPosts, POST_SIGNALS } from './audit.js';
export type { PostSignal, PostsAudit } from './audit.js';
export { LIKE_BURST, likeBurst } from './burst.js';
export { COMMENT_LIKE_RATIO, commentLikeBand, commentLikeRatio } from './comment-ratio.js';
export { POST_ENGAGEMENT } from './definitions.js';
export type { EngagementBasis, Interaction, PostEngagementDefinition } from './definitions.js';
export { findImpossible, IMPOSSIBLE_METRICS, impossibleMetrics, LIKE_CEILINGS } from './impossible.js';
export type { Ceiling, ImpossiblePost } from './impossible.js';
export { measurePostEngagement } from './measure.js';
export type { MeasureOptions } from './measure.js';
export { perPostRates } from './rate.js';
export type { LeftOut, PostRate, PostRates } from './rate.js';
export { selectPosts } from './select.js';
export type { PostSelection } from './select.js';
export { DEFAULT_POSTS } from './thresholds.js';
export type { CommentLikeTypical, PostThresholds } from './thresholds.js';
export { LIKE_UNIFORMITY, likeUniformity } from './uniformity.js';
