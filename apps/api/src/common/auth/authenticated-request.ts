import type { FastifyRequest } from 'fastify';
import type { User } from '#core/accounts/user.entity.js';

export type AuthenticatedRequest = FastifyRequest & { user?: User | null };
