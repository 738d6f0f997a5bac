import type { FastifyReply, FastifyRequest } from 'fastify';
import { matchesEtag } from '#core/itinerary/index.js';
import { PRIVATE_NO_CACHE } from '../common/http/cache-policy.js';

/**
 * Sends an answer under its entity tag: `304` with no body when `If-None-Match` names it, else
 * the answer's bytes, kept by tag (a tag names one answer to one reader: kind, event, reader and
 * every source's version), so an unchanged itinerary is not read and serialised again. Call it
 * only after the authorization check: a reader without access never reaches it.
 * `Cache-Control: private, no-cache`: browsers keep the answer and revalidate it every time.
 */
export class VersionedAnswers {
  /** Tag → bytes, oldest use first (a Map keeps insertion order). */
  private readonly bytes = new Map<string, Buffer>();

  constructor(private readonly capacity: number) {}

  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    etag: string,
    build: () => Promise<unknown>,
  ): Promise<void> {
    void reply.header('etag', etag).header('cache-control', PRIVATE_NO_CACHE);
    if (matchesEtag(request.headers['if-none-match'], etag)) {
      await reply.code(304).send();
      return;
    }
    let body = this.bytes.get(etag);
    if (body) {
      this.bytes.delete(etag);
    } else {
      body = Buffer.from(JSON.stringify(await build()));
      if (this.bytes.size >= this.capacity) this.bytes.delete(this.bytes.keys().next().value!);
    }
    this.bytes.set(etag, body);
    await reply.header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
