/** Story clustering's public surface: groups, wire copies, titles. */
export { clusterStories, clusterStoriesDetailed, DEFAULT_CLUSTER_PARAMS, type ClusterParams, type ClusterResult } from './cluster.js';
export { findCopies, COPY_JACCARD } from './copies.js';
export { DayShingles } from './shingles.js';
export { findVersions, VERSION_PARAMS, type VersionParams } from './versions.js';
export { storyTitle, looksLikeHeadline } from './title.js';
export { planningInput } from './planning-input.js';
