import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateEventDto } from './create-event.dto.js';

/**
 * A partial change: absent fields stay as they are; `null` clears the optional ones
 * (description, defaultCountryQuota, the registration window) and is refused elsewhere.
 * The organization and the read-only fields are not accepted.
 */
export class UpdateEventDto extends PartialType(
  OmitType(CreateEventDto, ['organizationId'] as const),
  {
    skipNullProperties: false,
  },
) {}
