/**
 * What a log line may hold of an error: its type, code, the names PostgreSQL reports (table,
 * constraint, column) and its message with every value masked. Never the error object itself:
 * a failed query carries its SQL parameters (password hashes, dates of birth, medical notes),
 * and PostgreSQL's `detail` repeats the values (`Key (email)=(…) already exists`), so neither
 * is read here.
 */
export interface SafeErrorDescription {
  type: string;
  code?: string;
  message: string;
  table?: string;
  constraint?: string;
  column?: string;
  stack?: string;
}

const MASK = '…';

/**
 * Masks the values an error message may quote: anything in double quotes
 * (`invalid input syntax for type uuid: "…"`; identifiers too, which the description gives
 * apart), single-quoted text, `(column)=(value)` pairs and email addresses.
 */
export function maskValues(text: string): string {
  return text
    .replace(/"(?:[^"\\]|\\.)*"/g, `"${MASK}"`)
    .replace(/(^|[^\w])'(?:[^'\\]|\\.)*'(?!\w)/g, `$1'${MASK}'`)
    .replace(/=\(.*\)/g, `=(${MASK})`)
    .replace(/[^\s"'<>()[\]{},;:]+@[^\s"'<>()[\]{},;:]+/g, '[email]');
}

const NAME_FIELDS = ['table', 'constraint', 'column'] as const;

export function describeError(error: unknown, withStack = false): SafeErrorDescription {
  if (!(error instanceof Error))
    return { type: typeof error, message: typeof error === 'string' ? maskValues(error) : '' };
  const fields = error as unknown as Record<string, unknown>;
  const description: SafeErrorDescription = {
    type: error.name,
    message: maskValues(error.message),
  };
  // TypeORM wraps the driver's error; PostgreSQL's fields are on both.
  const source = (fields.driverError as Record<string, unknown> | undefined) ?? fields;
  const code = source.code ?? fields.code;
  if (typeof code === 'string') description.code = code;
  for (const name of NAME_FIELDS)
    if (typeof source[name] === 'string') description[name] = source[name];
  if (withStack && error.stack) description.stack = maskValues(error.stack);
  return description;
}

/** The same as one line of text, for loggers that take a string. */
export function errorSummary(error: unknown): string {
  const { type, code, message, table, constraint, column } = describeError(error);
  const names = Object.entries({ table, constraint, column })
    .filter(([, value]) => value)
    .map(([key, value]) => `${key} ${value}`);
  return `${type}${code ? ` [${code}]` : ''}: ${message}${names.length ? ` (${names.join(', ')})` : ''}`;
}
