import type { UseFormReturnType } from '@mantine/form';
import { ApiError } from './errors';

/**
 * Puts the server's validation problems next to the fields they concern. The API names fields
 * by their path in the body (`emergencyContact.phone`), which is how @mantine/form names them
 * too. Returns the problems no field of the form claims, for a message above the form.
 */
export function showServerErrors<T extends object>(
  form: UseFormReturnType<T>,
  error: unknown,
): string[] {
  if (!(error instanceof ApiError)) return [];
  const unclaimed: string[] = [];
  for (const problem of error.details) {
    if (problem.field && fieldExists(form.getValues(), problem.field))
      form.setFieldError(problem.field as never, problem.message);
    else unclaimed.push(problem.message);
  }
  return unclaimed;
}

function fieldExists(values: object, path: string): boolean {
  let current: unknown = values;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || !(part in current)) return false;
    current = (current as Record<string, unknown>)[part];
  }
  return true;
}
