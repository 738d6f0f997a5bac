import type { FastifyRequest } from 'fastify';
import type { User } from '#core/accounts/index.js';

export type AuthenticatedRequest = FastifyRequest & { user?: User | null };
