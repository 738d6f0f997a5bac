import { Transform } from 'class-transformer';

/** Trims a string before it is validated (pasted emails often carry spaces). */
export const Trim = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
