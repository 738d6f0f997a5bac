import type { FastifyRequest } from 'fastify';
import type { User } from '#core/accounts/index.js';

export type AuthenticatedRequest = FastifyRequest & {
  user?: User | null;
  /** Set when the caller was signed in by the `gofar_session` cookie: that session's id. */
  browserSessionId?: string;
};
