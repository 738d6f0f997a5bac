import {
  isISO31661Alpha2,
  isInt,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { DateTime } from 'luxon';
import {
  MAX_REMINDER_OFFSET_DAYS,
  isIanaZone,
  isLocalDate,
  isReminderOffset,
} from '../../../../../libs/core/src/common/time.js';

function rule(
  name: string,
  test: (value: unknown) => boolean,
  message: string,
  options?: ValidationOptions,
) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: (value: unknown) => test(value) },
    });
}

/** An IANA time zone name such as `Asia/Seoul`. */
export const IsIanaZone = (options?: ValidationOptions) =>
  rule('isIanaZone', isIanaZone, '$property must be an IANA time zone such as Asia/Seoul', options);

/** A calendar date `YYYY-MM-DD`. */
export const IsLocalDate = (options?: ValidationOptions) =>
  rule('isLocalDate', isLocalDate, '$property must be a calendar date written YYYY-MM-DD', options);

/** An instant in ISO 8601 with an explicit offset or `Z`, e.g. `2026-07-20T09:00:00+09:00`. */
export const IsInstant = (options?: ValidationOptions) =>
  rule(
    'isInstant',
    (value) =>
      typeof value === 'string' &&
      /(Z|[+-]\d{2}:?\d{2})$/i.test(value) &&
      DateTime.fromISO(value, { setZone: true }).isValid,
    '$property must be an ISO 8601 instant with an offset, such as 2026-07-20T09:00:00+09:00',
    options,
  );

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

/** An object of ISO 3166-1 alpha-2 country codes to whole numbers of at least 0. */
export const IsCountryQuotaMap = (options?: ValidationOptions) =>
  rule(
    'isCountryQuotaMap',
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.entries(value).every(
        ([country, quota]) =>
          /^[A-Z]{2}$/.test(country) &&
          isISO31661Alpha2(country) &&
          isInt(quota) &&
          (quota as number) >= 0,
      ),
    '$property must map ISO 3166-1 alpha-2 country codes (such as VN) to whole numbers of at least 0',
    options,
  );
