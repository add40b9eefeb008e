import { ErrorCode } from '../errors/index.js';
import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Principal } from '../auth/principal.js';
import type { SharedState } from '../db/shared-state.js';
import { sendRequestError } from './request-error.js';

/**
 * Whose allowance a request spends: its credential's, or, for requests without one (the anonymous local
 * viewer), its client address's, so that anonymous clients do not share one allowance. Behind a reverse
 * proxy every client has the proxy's address unless Express is told to trust it.
 */
function allowanceKey(request: Request, response: Response): string {
  const principal = response.locals.principal as Principal | undefined;
  if (principal && principal.kind !== 'anonymous') return principal.id;
  return `address:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * Express middleware: at most `perMinute` GraphQL operations per credential in any minute that starts with
 * its first operation (rate-limiter-flexible's fixed window). With `shared` (REDIS_URL) the counters are in
 * Redis, so replicas share one allowance; without it, or while Redis does not answer, each process counts for
 * itself (SharedState notes the fallback). Each operation of a batch counts. Over the limit the request is
 * answered 429 with `Retry-After` (seconds) and runs nothing. It must come after authentication, which sets
 * `response.locals.principal`.
 */
export function limitRequestRate(perMinute: number, shared: SharedState | null = null) {
  const options = { keyPrefix: 'graphql', points: perMinute, duration: 60 };
  const memory = new RateLimiterMemory(options);
  const redis = shared && new RateLimiterRedis({ ...options, keyPrefix: `${shared.keyPrefix}rate:graphql`, storeClient: shared.redis, rejectIfRedisNotReady: true });
  const consume = async (key: string, points: number) => {
    if (!redis) return memory.consume(key, points);
    try {
      return await redis.consume(key, points);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rejection;
      shared!.noteFallback('rate_limit', rejection);
      return memory.consume(key, points);
    }
  };
  return async (request: Request, response: Response, next: NextFunction) => {
    const operations = Array.isArray(request.body) ? Math.max(request.body.length, 1) : 1;
    try {
      await consume(allowanceKey(request, response), operations);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        next(rejection);
        return;
      }
      const retryAfterSeconds = Math.max(Math.ceil(rejection.msBeforeNext / 1000), 1);
      response.set('Retry-After', String(retryAfterSeconds));
      sendRequestError(response, 429, `Rate limit of ${perMinute} operations per minute exceeded; retry in ${retryAfterSeconds} s. The limit is set by RATE_LIMIT_PER_MINUTE.`, {
        code: ErrorCode.RATE_LIMITED,
        limit: 'RATE_LIMIT_PER_MINUTE',
        maximum: perMinute,
        retryAfterSeconds,
      });
      return;
    }
    next();
  };
}
