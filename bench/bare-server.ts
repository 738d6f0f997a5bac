/**
 * The request benchmarks' baseline: bare Fastify in a process of its own, like the API.
 *   node dist/bench/bare-server.js <port> <itinerary file> [database url]
 * - `GET /itinerary`: the fixed bytes of the file; `GET /itinerary-etag` the same with an ETag
 *   and a 304 when `If-None-Match` matches it.
 * - `GET /health`: `{ "status": "ok" }`.
 * - `GET /me/registrations` (with a database url): what the API does for the caller's
 *   registrations, with nothing around it: the HS256 bearer token checked with jsonwebtoken, the
 *   user read by id, one page of their registrations read, both with prepared statements.
 */
import { createHash, createSecretKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { BENCH_JWT_SECRET } from './support.js';

const [port, file, databaseUrl] = process.argv.slice(2);
const body = readFileSync(file!);
const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
const app = Fastify({ logger: false });
app.get('/health', async () => ({ status: 'ok' }));
app.get('/itinerary', async (_request, reply) =>
  reply.header('content-type', 'application/json; charset=utf-8').send(body),
);
app.get('/itinerary-etag', async (request, reply) => {
  void reply.header('etag', etag).header('cache-control', 'private, no-cache');
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.header('content-type', 'application/json; charset=utf-8').send(body);
});

if (databaseUrl) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const key = createSecretKey(Buffer.from(BENCH_JWT_SECRET));
  app.get('/me/registrations', async (request, reply) => {
    const token = request.headers.authorization?.split(' ')[1] ?? '';
    let claims: { sub: string; ver?: number };
    try {
      claims = jwt.verify(token, key, { algorithms: ['HS256'] }) as typeof claims;
    } catch {
      return reply.code(401).send({ statusCode: 401, code: 'UNAUTHENTICATED' });
    }
    const users = await pool.query({
      name: 'bench-user',
      text: 'SELECT id, email, full_name, is_admin, email_verified_at, locale, timezone, token_version, created_at, updated_at FROM users WHERE id = $1',
      values: [claims.sub],
    });
    const user = users.rows[0] as { id: string; token_version: number } | undefined;
    if (!user || (claims.ver ?? 0) < user.token_version)
      return reply.code(401).send({ statusCode: 401, code: 'UNAUTHENTICATED' });
    const { rows } = await pool.query({
      name: 'bench-registrations',
      text: 'SELECT * FROM registrations WHERE user_id = $1 ORDER BY seq DESC LIMIT 2',
      values: [user.id],
    });
    return {
      items: rows.slice(0, 1).map((row: Record<string, unknown>) => ({
        id: row.id,
        eventId: row.event_id,
        userId: row.user_id,
        status: row.status,
        nationality: row.nationality,
        dateOfBirth: row.date_of_birth,
        gender: row.gender,
        dietaryRequirements: row.dietary_requirements,
        medicalNotes: row.medical_notes,
        emergencyContact: row.emergency_contact,
        motivation: row.motivation,
        guardian: row.guardian,
        cancelledBy: row.cancelled_by,
        confirmedAt: (row.confirmed_at as Date | null)?.toISOString() ?? null,
        createdAt: (row.created_at as Date).toISOString(),
        updatedAt: (row.updated_at as Date).toISOString(),
      })),
      nextCursor: rows.length > 1 ? 'more' : null,
    };
  });
}

await app.listen({ port: Number(port), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
