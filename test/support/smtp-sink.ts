import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { pause } from './timing.js';

/** One email as the sink received it. */
export interface CapturedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  receivedAt: number;
}

/** What the sink answers for one message: accept (null) or an SMTP reply code and text. */
export type Verdict = { code: number; message: string } | null;

export interface SinkOptions {
  /** Decides the reply to each DATA, per recipient and per attempt for that recipient (1-based). */
  verdict?: (recipient: string, attempt: number) => Verdict;
  /** Holds every message this long before answering, to keep deliveries in flight. */
  delayMs?: number;
}

/** A real SMTP server in the test process (smtp-server + mailparser) that captures mail. */
export class SmtpSink {
  readonly messages: CapturedMail[] = [];
  /** DATA commands received, accepted or not. */
  started = 0;
  private readonly attemptsByRecipient = new Map<string, number>();

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(options: SinkOptions = {}): Promise<SmtpSink> {
    // The server's callbacks need the sink, which needs the server's port: fill it in after listen.
    const ref: { sink?: SmtpSink } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 10 * 1024 * 1024,
      onData(stream, session, callback) {
        const recipient = session.envelope.rcptTo[0]?.address.toLowerCase() ?? '';
        ref.sink!.started += 1;
        simpleParser(stream)
          .then(async (parsed) => {
            const attempt = (ref.sink!.attemptsByRecipient.get(recipient) ?? 0) + 1;
            ref.sink!.attemptsByRecipient.set(recipient, attempt);
            if (options.delayMs) await pause(options.delayMs);
            const verdict = options.verdict?.(recipient, attempt) ?? null;
            if (verdict) {
              callback(Object.assign(new Error(verdict.message), { responseCode: verdict.code }));
              return;
            }
            ref.sink!.messages.push({
              to: recipient,
              from: parsed.from?.text ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              receivedAt: Date.now(),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    // A client that dies mid-session (a worker killed with SIGKILL) resets its connection: the
    // server reports it as an error event, which is no failure of the sink.
    server.on('error', () => undefined);
    server.listen(0, '127.0.0.1');
    await once(server.server, 'listening');
    ref.sink = new SmtpSink(server, (server.server.address() as AddressInfo).port);
    return ref.sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  attemptsFor(recipient: string): number {
    return this.attemptsByRecipient.get(recipient.toLowerCase()) ?? 0;
  }

  to(recipient: string): CapturedMail[] {
    return this.messages.filter((message) => message.to === recipient.toLowerCase());
  }

  /** Waits until `predicate` holds over the captured mail; throws with what arrived on timeout. */
  async waitFor(
    predicate: (messages: CapturedMail[]) => boolean,
    timeoutMs = 20_000,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      if (Date.now() > deadline) {
        throw new Error(
          `Timed out after ${timeoutMs} ms; ${this.messages.length} message(s) arrived: ${this.messages.map((m) => `${m.to} ${m.subject}`).join(', ')}`,
        );
      }
      await pause(50);
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => this.server.close(() => done()));
  }
}
