/**
 * How a failed SMTP delivery should be treated: a 5xx reply is a permanent refusal (retrying
 * cannot help); a 4xx reply or a connection problem is transient and is retried with backoff.
 */
export type SmtpFailureKind = 'permanent' | 'transient';

export function classifySmtpFailure(error: unknown): SmtpFailureKind {
  const responseCode = (error as { responseCode?: unknown } | null)?.responseCode;
  if (typeof responseCode === 'number' && responseCode >= 500) return 'permanent';
  return 'transient';
}

/** A one-line description for the notifications table: the server's reply, or the error's code and message. */
export function describeSmtpFailure(error: unknown): string {
  const failure = error as {
    responseCode?: number;
    response?: string;
    code?: string;
    message?: string;
  } | null;
  if (failure?.response) return failure.response.replace(/\s+/g, ' ').trim().slice(0, 500);
  return (
    [failure?.code, failure?.message].filter(Boolean).join(': ').slice(0, 500) || 'unknown error'
  );
}
