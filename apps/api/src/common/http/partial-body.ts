/** Keeps only the fields a PATCH named: absent fields stay unchanged; `null` is kept (it clears). */
export function namedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}

/** A validated ISO instant as a Date; `null` (a PATCH clear) and absence pass through. */
export function toInstant(value: string | null | undefined): Date | null | undefined {
  return value === undefined || value === null ? value : new Date(value);
}
