/** The shared ioredis client (key prefix applied): rate limits, readiness, scheduler checks. */
export const REDIS = Symbol('REDIS');
