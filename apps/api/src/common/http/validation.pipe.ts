import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { type ErrorDetail, validationFailed } from '#core/common/index.js';
import { normaliseInput, singleLineProblems } from '../validation/text-input.js';

/** Flattens class-validator's tree into the contract's `details`, one entry per problem. */
export function toErrorDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) =>
      constraint === 'whitelistValidation'
        ? {
            field,
            constraint: 'unknownField',
            message: `${field} is not a field this route accepts`,
          }
        : { field, constraint, message: parent ? message.replace(error.property, field) : message },
    );
    return [...own, ...toErrorDetails(error.children ?? [], field)];
  });
}

/**
 * Validates every body and query against its DTO; unknown fields are refused, not dropped.
 * Before that, text is normalised and control characters and out-of-range numbers refused
 * (the same rules for every route); after it, newlines are refused outside multi-line fields.
 */
export class GofarValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => validationFailed(toErrorDetails(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'body' && metadata.type !== 'query')
      return super.transform(value, metadata);
    const input = normaliseInput(value);
    if (input.problems.length) throw validationFailed(input.problems);
    const result: unknown = await super.transform(input.value, metadata);
    const lines = singleLineProblems(result);
    if (lines.length) throw validationFailed(lines);
    return result;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new GofarValidationPipe();
}
