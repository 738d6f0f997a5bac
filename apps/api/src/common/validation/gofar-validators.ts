import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import {
  IsObject,
  ValidateIf,
  ValidateNested,
  isISO31661Alpha2,
  isInt,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import {
  MAX_REMINDER_OFFSET_DAYS,
  canonicalZone,
  isIanaZone,
  isInstant,
  isLocalDate,
  isReminderOffset,
} from '#core/common/index.js';

/**
 * The field may be left out; `null` is validated like any other value (and so refused), for
 * fields a PATCH cannot clear. `@IsOptional()` stays for the ones `null` clears.
 */
export const OptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

/** One nested object of a DTO class (an array, even of such objects, is refused). */
export const NestedObject = (type: () => new () => object) =>
  applyDecorators(
    IsObject({ message: '$property must be an object' }),
    ValidateNested(),
    Type(type),
  );

function rule(
  name: string,
  test: (value: unknown) => boolean,
  message: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate: (value: unknown) => test(value) },
    });
}

/**
 * An IANA time zone name such as `Asia/Seoul`, stored in its canonical form whatever the case
 * or link it arrives in (`asia/seoul` → `Asia/Seoul`, `US/Pacific` → `America/Los_Angeles`).
 */
export const IsIanaZone = (options?: ValidationOptions) =>
  applyDecorators(
    Transform(({ value }) => (isIanaZone(value) ? canonicalZone(value) : value)),
    rule(
      'isIanaZone',
      isIanaZone,
      '$property must be an IANA time zone such as Asia/Seoul',
      options,
    ),
  );

/** A calendar date `YYYY-MM-DD` between 1900 and 2199. */
export const IsLocalDate = (options?: ValidationOptions) =>
  rule(
    'isLocalDate',
    isLocalDate,
    '$property must be a calendar date written YYYY-MM-DD, between 1900 and 2199',
    options,
  );

/** An instant in ISO 8601 with `Z` or an offset up to ±18:00, between 1970 and 2199. */
export const IsInstant = (options?: ValidationOptions) =>
  rule(
    'isInstant',
    isInstant,
    '$property must be an ISO 8601 instant with an offset, such as 2026-07-20T09:00:00+09:00, between 1970 and 2199',
    options,
  );

const upperCase = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value);
const isCountryCode = (value: unknown) =>
  typeof value === 'string' && /^[A-Z]{2}$/.test(value) && isISO31661Alpha2(value);

/** An ISO 3166-1 alpha-2 country code, stored upper-case whatever case it arrives in. */
export const IsCountryCode = (options?: ValidationOptions) =>
  applyDecorators(
    Transform(({ value }) => upperCase(value)),
    rule(
      'isCountryCode',
      isCountryCode,
      '$property must be an ISO 3166-1 alpha-2 country code such as VN',
      options,
    ),
  );

/** Upper-cases a map's country keys; two keys naming one country are left for validation to refuse. */
function upperCaseKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value).map(([key, quota]) => [key.toUpperCase(), quota] as const);
  return new Set(entries.map(([key]) => key)).size === entries.length
    ? Object.fromEntries(entries)
    : value;
}

/**
 * A positive ISO 8601 duration of weeks, days, hours, minutes or seconds (`P1D`, `PT30S`),
 * at most MAX_REMINDER_OFFSET_DAYS long.
 */
export const IsReminderOffset = (options?: ValidationOptions) =>
  rule(
    'isReminderOffset',
    isReminderOffset,
    `each value in $property must be an ISO 8601 duration such as P1D, PT1H or PT30S, of at most ${MAX_REMINDER_OFFSET_DAYS} days`,
    {
      each: true,
      ...options,
    },
  );

/** The largest capacity or quota an event may have. */
export const MAX_SEATS = 100_000;

/**
 * An object of ISO 3166-1 alpha-2 country codes (any case, stored upper-case) to whole numbers
 * from 0 to MAX_SEATS.
 */
export const IsCountryQuotaMap = (options?: ValidationOptions) =>
  applyDecorators(
    Transform(({ value }) => upperCaseKeys(value)),
    rule(
      'isCountryQuotaMap',
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.keys(value).length <= 300 &&
        Object.entries(value).every(
          ([country, quota]) =>
            isCountryCode(country) &&
            isInt(quota) &&
            (quota as number) >= 0 &&
            (quota as number) <= MAX_SEATS,
        ),
      `$property must map ISO 3166-1 alpha-2 country codes (such as VN, each once) to whole numbers from 0 to ${MAX_SEATS}`,
      options,
    ),
  );
