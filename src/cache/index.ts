export { CachedPartnerCenterApi } from './cached-api';
export { DEFAULT_CACHE_POLICY, type CachePolicy } from './cache-policy';
export { ResponseCache } from './response-cache';
