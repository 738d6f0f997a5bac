/**
 * A deterministic BullMQ job id from its parts, e.g. `welcome-<userId>-<userId>-<epochMs>`.
 * Adding a job whose id exists is a no-op, which is what makes relaying twice harmless.
 * BullMQ refuses `:` in custom ids (it separates key parts).
 */
export function jobId(...parts: (string | number)[]): string {
  const id = parts.join('-');
  if (id.includes(':')) throw new Error(`A job id may not contain ":" (${id})`);
  return id;
}
