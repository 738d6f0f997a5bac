import nodemailer, { type Transporter } from 'nodemailer';
import type { MailMessage } from './mail-message.js';
import { SendLimit } from './send-limit.js';

export interface MailerSettings {
  smtpUrl: string;
  from: string;
  /** Pooled SMTP connections kept open to the server. */
  maxConnections?: number;
  /** Messages being sent at once, across every caller in the process. */
  maxInFlight?: number;
}

/** Sends one email at a time over a pooled nodemailer SMTP transport. */
export class Mailer {
  private readonly transport: Transporter;
  private readonly limit: SendLimit;

  constructor(private readonly settings: MailerSettings) {
    this.limit = new SendLimit(settings.maxInFlight ?? 20);
    const url = new URL(settings.smtpUrl);
    this.transport = nodemailer.createTransport({
      pool: true,
      maxConnections: settings.maxConnections ?? 5,
      host: url.hostname,
      port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 25),
      secure: url.protocol === 'smtps:',
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  /** The domain of MAIL_FROM's address, used on the right of Message-IDs. */
  get domain(): string {
    const address = this.settings.from.match(/<([^>]+)>/)?.[1] ?? this.settings.from;
    return address.split('@')[1]?.trim() || 'gofar.local';
  }

  /**
   * Sends one message. `accepted` runs once the server took it, still inside the send's place
   * in the limit (where a delivery records it): a crash can then leave at most the limit's
   * size of messages accepted but not recorded.
   */
  async send(message: MailMessage, accepted?: () => Promise<void>): Promise<void> {
    await this.limit.run(async () => {
      await this.transport.sendMail({
        from: this.settings.from,
        to: { name: message.to.name, address: message.to.address },
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
      });
      await accepted?.();
    });
  }

  close(): void {
    this.transport.close();
  }
}
