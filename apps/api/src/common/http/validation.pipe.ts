import { ValidationPipe, type ValidationError } from '@nestjs/common';
import {
  type ErrorDetail,
  validationFailed,
} from '../../../../../libs/core/src/common/domain-error.js';

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

/** Validates every body and query against its DTO; unknown fields are refused, not dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(toErrorDetails(errors)),
  });
}
