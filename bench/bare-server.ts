/**
 * The itinerary benchmark's baseline: a bare Fastify route that answers with fixed bytes read
 * from a file. Started as its own process, like the API.
 *   node dist/bench/bare-server.js <port> <file>
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [port, file] = process.argv.slice(2);
const body = readFileSync(file!);
const app = Fastify({ logger: false });
app.get('/itinerary', async (_request, reply) =>
  reply.header('content-type', 'application/json; charset=utf-8').send(body),
);
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
