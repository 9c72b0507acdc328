/** Worker threads for the local path: parse files and build stories on the machine's cores, in one process. */
export { createDigestPool, defaultWorkers, MAX_DEFAULT_WORKERS, type DigestPool } from './digest-pool.js';
export { buildDigestInPool } from './build-digest.js';
export { PoolCrashError, PoolTaskError } from './pool.js';
