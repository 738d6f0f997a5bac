import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { User } from '#core/accounts/index.js';
import type { AuthenticatedRequest } from './authenticated-request.js';

/** The caller, loaded from the database by the auth guard (null on a public route without token). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): User | null =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().user ?? null,
);
