import type { FastifyInstance } from 'fastify';
import { validationFailed } from '#core/common/index.js';

/** No request body of the API nests deeper than a few levels; 32 leaves a wide margin. */
export const MAX_JSON_DEPTH = 32;

/**
 * True when `text` opens more than `limit` objects or arrays inside one another. One pass over
 * the characters, stopping at the first level too deep, so a body of 400,000 brackets costs
 * microseconds instead of a stack overflow in `JSON.parse`.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index += 1; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
    }
  }
  return false;
}

const bodyProblem = (message: string) =>
  validationFailed([{ field: 'body', constraint: 'isJson', message }]);

/**
 * The API reads JSON and nothing else: every other body (forms, text, multipart) is 415
 * UNSUPPORTED_MEDIA_TYPE from Fastify, so a page of another site cannot send a "simple"
 * cross-site POST that the API would read. An empty JSON body counts as no body, for actions.
 */
export function acceptJsonBodiesOnly(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (_request, body: string, done) => {
      if (body.trim() === '') return done(null, undefined);
      if (nestsDeeperThan(body, MAX_JSON_DEPTH))
        return done(bodyProblem(`body must not nest deeper than ${MAX_JSON_DEPTH} levels`));
      try {
        done(null, JSON.parse(body));
      } catch {
        done(bodyProblem('body is not valid JSON'));
      }
    },
  );
}
