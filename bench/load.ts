/**
 * A small closed-loop HTTP/1.1 load generator in the manner of autocannon: `concurrency`
 * keep-alive connections (plain sockets, one request built once and written again and again),
 * each sending its next request as soon as the previous answer has been read, for a fixed time.
 * `fetch`, and even `node:http`, cost the client several times more CPU per request, which on
 * two cores is taken from the servers being measured. Answers must carry a Content-Length (or
 * have no body, as a 304), which Fastify's do.
 */
import { connect, type Socket } from 'node:net';
import type { Measurement } from './support.js';

export interface Target {
  url: string;
  headers?: Record<string, string>;
  /** The status every answer must have (default 200). */
  status?: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/** Sends requests to `target` over `concurrency` connections for `seconds`; rate and latencies. */
export async function load(
  target: Target,
  seconds: number,
  concurrency: number,
): Promise<Measurement> {
  const url = new URL(target.url);
  const expected = target.status ?? 200;
  const head = Object.entries({ host: url.host, ...target.headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const request = Buffer.from(`GET ${url.pathname}${url.search} HTTP/1.1\r\n${head}\r\n`);
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;

  const connection = () =>
    new Promise<void>((done, fail) => {
      const socket: Socket = connect(Number(url.port), url.hostname);
      socket.setNoDelay(true);
      let pending: Buffer = Buffer.alloc(0);
      let sentAt = 0;
      const send = () => {
        if (performance.now() >= until) {
          socket.end();
          return done();
        }
        sentAt = performance.now();
        socket.write(request);
      };
      socket.on('connect', send);
      socket.on('error', fail);
      socket.on('data', (chunk: Buffer) => {
        pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
        for (;;) {
          const end = pending.indexOf(HEADER_END);
          if (end < 0) return;
          const headers = pending.subarray(0, end).toString('latin1');
          const status = Number(headers.slice(9, 12));
          const length = /\r\ncontent-length: *(\d+)/i.exec(headers);
          if (!length && /\r\ntransfer-encoding/i.test(headers))
            return fail(new Error(`${target.url}: chunked answers are not supported`));
          const total = end + 4 + (length ? Number(length[1]) : 0);
          if (pending.length < total) return;
          pending = pending.subarray(total);
          if (status !== expected)
            return fail(new Error(`${target.url}: status ${status}, expected ${expected}`));
          latencies.push(performance.now() - sentAt);
          send();
        }
      });
    });

  await Promise.all(Array.from({ length: concurrency }, connection));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * quantile))] ?? 0;
  return { perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Measures `subject` against `baseline`, alternating (baseline, subject, baseline, ...) for
 * `rounds` rounds after a short warm-up of each, and prints every round, the medians and the
 * ratio of the medians. The two cores are shared with other work: single rounds are noisy.
 */
export async function compare(
  title: string,
  baseline: Target,
  subject: Target,
  options: { rounds: number; seconds: number; concurrency: number },
): Promise<{ baseline: number; subject: number; ratio: number }> {
  const { rounds, seconds, concurrency } = options;
  await load(baseline, 1, concurrency);
  await load(subject, 1, concurrency);
  const base: Measurement[] = [];
  const subj: Measurement[] = [];
  for (let round = 0; round < rounds; round += 1) {
    base.push(await load(baseline, seconds, concurrency));
    subj.push(await load(subject, seconds, concurrency));
  }
  const rate = (m: Measurement) =>
    `${m.perSecond.toFixed(0).padStart(6)}/s p50 ${m.p50.toFixed(1)} ms p99 ${m.p99.toFixed(1)} ms`;
  console.log(`\n${title}  (${rounds} rounds of ${seconds} s, ${concurrency} connections)`);
  base.forEach((m, index) =>
    console.log(
      `  round ${index + 1}: baseline ${rate(m)} | gofar ${rate(subj[index]!)} | ratio ${(subj[index]!.perSecond / m.perSecond).toFixed(2)}`,
    ),
  );
  const b = median(base.map((m) => m.perSecond));
  const s = median(subj.map((m) => m.perSecond));
  console.log(
    `  median: baseline ${b.toFixed(0)}/s, gofar ${s.toFixed(0)}/s, ratio ${(s / b).toFixed(2)}`,
  );
  return { baseline: b, subject: s, ratio: s / b };
}
