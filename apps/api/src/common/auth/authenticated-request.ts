import type { FastifyRequest } from 'fastify';
import type { User } from '../../../../../libs/core/src/accounts/user.entity.js';

export type AuthenticatedRequest = FastifyRequest & { user?: User | null };
