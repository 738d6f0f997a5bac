import type { ErrorDetail } from '#core/common/index.js';

/**
 * Control characters no text field takes: C0 (U+0000–U+001F) but tab and newline, DEL, and C1
 * (U+0080–U+009F). Format characters such as the zero-width joiner and non-joiner (U+200C,
 * U+200D), which Burmese and other scripts need, are not controls and are kept.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
const LINE_BREAK_OR_TAB = /[\n\t]/;

/** No number an API field accepts is larger than a PostgreSQL integer. */
const MAX_MAGNITUDE = 2_147_483_647;

const MULTI_LINE = Symbol('gofar:multi-line');

/** Marks a text field that may hold newlines and tabs (descriptions, notes, feedback). */
export const MultiLine =
  (): PropertyDecorator =>
  (target: object, property: string | symbol): void => {
    const fields =
      (Reflect.getOwnMetadata(MULTI_LINE, target) as Set<string | symbol>) ?? new Set();
    Reflect.defineMetadata(MULTI_LINE, new Set([...fields, property]), target);
  };

function isMultiLine(instance: object, property: string): boolean {
  // Walks the prototype chain, so DTOs made by PartialType/OmitType keep their parents' marks.
  for (let proto = Object.getPrototypeOf(instance); proto; proto = Object.getPrototypeOf(proto)) {
    if ((Reflect.getOwnMetadata(MULTI_LINE, proto) as Set<string> | undefined)?.has(property))
      return true;
  }
  return false;
}

/** A field path for `details`; a key's control characters are not echoed back. */
const join = (path: string, key: string | number) => {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = key.replace(CONTROLS, '?');
  return path ? `${path}.${name}` : name;
};

/**
 * The text rules of every request body and query, applied before the DTO sees them: strings
 * are normalised to NFC (a Windows line break becomes a newline), control characters are
 * refused, and so are numbers beyond a PostgreSQL integer. Object keys follow the same rules.
 * Returns the normalised value and every problem found, with its field path.
 */
export function normaliseInput(
  value: unknown,
  path = '',
  problems: ErrorDetail[] = [],
): { value: unknown; problems: ErrorDetail[] } {
  const field = path || 'body';
  if (typeof value === 'string') {
    const text = value.replace(/\r\n/g, '\n').normalize('NFC');
    if (CONTROL.test(text))
      problems.push({
        field,
        constraint: 'noControlCharacters',
        message: `${field} must not contain control characters`,
      });
    return { value: text, problems };
  }
  if (typeof value === 'number') {
    if (Math.abs(value) > MAX_MAGNITUDE)
      problems.push({
        field,
        constraint: 'numberInRange',
        message: `${field} must be between -${MAX_MAGNITUDE} and ${MAX_MAGNITUDE}`,
      });
    return { value, problems };
  }
  if (Array.isArray(value))
    return {
      value: value.map((item, index) => normaliseInput(item, join(path, index), problems).value),
      problems,
    };
  if (typeof value === 'object' && value !== null) {
    const normalised: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const name = normaliseInput(key, join(path, key), problems).value as string;
      normalised[name] = normaliseInput(item, join(path, name), problems).value;
    }
    return { value: normalised, problems };
  }
  return { value, problems };
}

/**
 * Newlines and tabs belong only in fields marked `@MultiLine()`: a name, an email or a
 * country with a line break in it is a mistake (and a header-injection risk in emails).
 */
export function singleLineProblems(
  value: unknown,
  path = '',
  multiLine = false,
  problems: ErrorDetail[] = [],
): ErrorDetail[] {
  if (typeof value === 'string') {
    if (!multiLine && LINE_BREAK_OR_TAB.test(value))
      problems.push({
        field: path,
        constraint: 'singleLine',
        message: `${path} must be on one line (no newline or tab)`,
      });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) =>
      singleLineProblems(item, join(path, index), multiLine, problems),
    );
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      singleLineProblems(key, join(path, key), false, problems);
      singleLineProblems(item, join(path, key), isMultiLine(value, key), problems);
    }
  }
  return problems;
}
