import { ValidationError } from 'class-validator';
import { toErrorDetails } from './validation.pipe.js';

function error(
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('toErrorDetails', () => {
  it('lists every problem, nested ones with a dotted path, unknown fields by name', () => {
    const details = toErrorDetails([
      error('capacity', { min: 'capacity must not be less than 1' }),
      error('venue', undefined, [error('city', { isString: 'city must be a string' })]),
      error('zzz', { whitelistValidation: 'property zzz should not exist' }),
    ]);
    expect(details).toEqual([
      { field: 'capacity', constraint: 'min', message: 'capacity must not be less than 1' },
      { field: 'venue.city', constraint: 'isString', message: 'venue.city must be a string' },
      {
        field: 'zzz',
        constraint: 'unknownField',
        message: 'zzz is not a field this route accepts',
      },
    ]);
  });
});
