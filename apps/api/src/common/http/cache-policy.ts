import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';

/** Personal data: the browser may keep it but must revalidate; shared caches never keep it. */
export const PRIVATE_NO_CACHE = 'private, no-cache';
/** Kept nowhere, not even in the browser's cache: exports, medical data, credentials. */
export const NO_STORE = 'no-store';

export type CachePolicy = typeof PRIVATE_NO_CACHE | typeof NO_STORE;

const CACHE_POLICY = 'gofar:cache-policy';

/**
 * Marks a route (or every route of a controller) whose answers must never be stored: CSV
 * exports, anything with medical notes, emergency contacts or guardians, and access tokens.
 * It holds for the route's errors too, since the header is set before the handler runs.
 */
export const NoStore = () => SetMetadata(CACHE_POLICY, NO_STORE);

/** Sets the Cache-Control a route declared with `@NoStore()`, before the handler runs. */
@Injectable()
export class CachePolicyInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const policy = this.reflector.getAllAndOverride<CachePolicy | undefined>(CACHE_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy)
      void context.switchToHttp().getResponse<FastifyReply>().header('cache-control', policy);
    return next.handle();
  }
}

/**
 * A request that carries credentials (a bearer token, basic auth, a cookie) may get personal
 * data back, so its answer is `private, no-cache` unless the route chose a policy itself.
 * Anonymous answers (the public event list, health, docs) are left to the defaults.
 */
export function addDefaultCachePolicy(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!reply.hasHeader('cache-control') && carriesCredentials(request))
      void reply.header('cache-control', PRIVATE_NO_CACHE);
    return payload;
  });
}

function carriesCredentials(request: FastifyRequest): boolean {
  return request.headers.authorization !== undefined || request.headers.cookie !== undefined;
}
