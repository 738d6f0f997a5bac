import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** Called when the API says the person is not signed in (set by the app shell). */
let onUnauthenticated: (() => void) | null = null;
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

/** Paths whose 401 means "wrong password" or "not signed in yet", not "session expired". */
const SIGN_IN_PATHS = ['/api/v1/auth/session', '/api/v1/auth/login', '/api/v1/me/password'];

const sessionExpiry: Middleware = {
  onResponse({ request, response }) {
    const path = new URL(request.url).pathname;
    if (response.status === 401 && !SIGN_IN_PATHS.includes(path)) onUnauthenticated?.();
    return response;
  },
};

/**
 * The typed API client: every path, body and answer is checked against the API's OpenAPI
 * document (schema.d.ts, generated). The session cookie travels by itself (same origin).
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(sessionExpiry);
