import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';

/** Personal data: the browser may keep it but must revalidate; shared caches never keep it. */
export const PRIVATE_NO_CACHE = 'private, no-cache';
/** Kept nowhere, not even in the browser's cache: exports, medical data, credentials. */
export const NO_STORE = 'no-store';

export type CachePolicy = typeof PRIVATE_NO_CACHE | typeof NO_STORE;

const CACHE_POLICY = 'gofar:cache-policy';

/** Sets `Cache-Control: no-store` before the handler runs (routes marked `@NoStore()`). */
@Injectable()
export class NoStoreInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    void context.switchToHttp().getResponse<FastifyReply>().header('cache-control', NO_STORE);
    return next.handle();
  }
}

/**
 * Marks a route (or every route of a controller) whose answers must never be stored: CSV
 * exports, anything with medical notes, emergency contacts or guardians, and access tokens.
 * It holds for the route's errors too, since the header is set before the handler runs. The
 * interceptor sits on these routes alone: a global one would put every other request through
 * Nest's interceptor chain (an Observable per request) to find nothing to do.
 */
export const NoStore = () =>
  applyDecorators(SetMetadata(CACHE_POLICY, NO_STORE), UseInterceptors(NoStoreInterceptor));

/**
 * A request that carries credentials (a bearer token, basic auth, a cookie) may get personal
 * data back, so its answer is `private, no-cache` unless the route chose a policy itself.
 * Anonymous answers (the public event list, health, docs) are left to the defaults.
 */
export function addDefaultCachePolicy(fastify: FastifyInstance): void {
  // A callback hook, not an async one: no promise per request.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (!reply.hasHeader('cache-control') && carriesCredentials(request))
      void reply.header('cache-control', PRIVATE_NO_CACHE);
    done(null, payload);
  });
}

function carriesCredentials(request: FastifyRequest): boolean {
  return request.headers.authorization !== undefined || request.headers.cookie !== undefined;
}
