import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type RegistrationChange,
  CANCELLED_BY,
  GENDERS,
  REGISTRATION_STATUSES,
  type CancelledBy,
  type Gender,
  type RegistrationStatus,
  type EmergencyContact,
  type GuardianConsent,
  type RegistrationView,
} from '#core/registrations/index.js';

export class RegistrationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiPropertyOptional({
    description: 'Present when the caller may see the person (organizers, staff, the registrant)',
  })
  fullName?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional({
    description:
      'Whether the registrant’s email address is verified; present with fullName and email',
  })
  emailVerified?: boolean;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status!: RegistrationStatus;
  @ApiPropertyOptional({
    description: 'Waitlisted only: 1 + those waitlisted earlier, computed when read',
  })
  waitlistPosition?: number;
  @ApiProperty() nationality!: string;
  @ApiProperty() dateOfBirth!: string;
  @ApiProperty({ enum: GENDERS, nullable: true }) gender!: Gender | null;
  @ApiProperty({ type: [String] }) dietaryRequirements!: string[];
  @ApiProperty({ type: String, nullable: true }) medicalNotes!: string | null;
  @ApiProperty({
    type: 'object',
    properties: {
      name: { type: 'string' },
      phone: { type: 'string' },
      relationship: { type: 'string' },
    },
  })
  emergencyContact!: EmergencyContact;
  @ApiProperty({ type: String, nullable: true }) motivation!: string | null;
  @ApiProperty({
    type: 'object',
    nullable: true,
    properties: {
      name: { type: 'string' },
      phone: { type: 'string' },
      email: { type: 'string', nullable: true },
      relationship: { type: 'string' },
      consent: { type: 'boolean' },
      consentedAt: { type: 'string' },
    },
  })
  guardian!: GuardianConsent | null;
  @ApiProperty({ enum: CANCELLED_BY, nullable: true }) cancelledBy!: CancelledBy | null;
  @ApiProperty({ type: String, nullable: true }) confirmedAt!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static from({ registration, waitlistPosition }: RegistrationView): RegistrationDto {
    return {
      id: registration.id,
      eventId: registration.eventId,
      userId: registration.userId,
      ...(registration.user
        ? {
            fullName: registration.user.fullName,
            email: registration.user.email,
            emailVerified: registration.user.emailVerifiedAt !== null,
          }
        : {}),
      status: registration.status,
      ...(waitlistPosition !== null ? { waitlistPosition } : {}),
      nationality: registration.nationality,
      dateOfBirth: registration.dateOfBirth,
      gender: registration.gender,
      dietaryRequirements: registration.dietaryRequirements,
      medicalNotes: registration.medicalNotes,
      emergencyContact: registration.emergencyContact,
      motivation: registration.motivation,
      guardian: registration.guardian,
      cancelledBy: registration.cancelledBy,
      confirmedAt: registration.confirmedAt?.toISOString() ?? null,
      createdAt: registration.createdAt.toISOString(),
      updatedAt: registration.updatedAt.toISOString(),
    };
  }
}

export class RegistrationListDto {
  @ApiProperty({ type: [RegistrationDto] }) items!: RegistrationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class RegistrationChangeDto {
  @ApiProperty({ enum: REGISTRATION_STATUSES, nullable: true }) from!: RegistrationStatus | null;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) to!: RegistrationStatus;
  @ApiProperty() at!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'User id; null when the system changed it (a promotion)',
  })
  by!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;

  static from(change: RegistrationChange): RegistrationChangeDto {
    return {
      from: change.fromStatus,
      to: change.toStatus,
      at: change.at.toISOString(),
      by: change.byUserId,
      reason: change.reason,
    };
  }
}

export class RegistrationHistoryDto {
  @ApiProperty({ type: [RegistrationChangeDto] }) items!: RegistrationChangeDto[];
}

const text = { type: 'string' } as const;
const nullableText = { type: ['string', 'null'] } as const;
/** A JSON object of any shape, or null (contacts and guardians). */
const anyObject = { type: ['object', 'null'], additionalProperties: true } as const;

/**
 * `RegistrationListDto` for Fastify's serializer (fast-json-stringify, compiled once per route
 * instead of JSON.stringify on every answer). `additionalProperties` keeps it safe: a property
 * this schema does not name is still written, so a field added to the DTO is never dropped.
 * The OpenAPI document is made from the DTO's decorators, not from this.
 */
export const REGISTRATION_LIST_RESPONSE = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: true,
        properties: {
          id: text,
          eventId: text,
          userId: text,
          fullName: text,
          email: text,
          emailVerified: { type: 'boolean' },
          status: text,
          waitlistPosition: { type: 'integer' },
          nationality: text,
          dateOfBirth: text,
          gender: nullableText,
          dietaryRequirements: { type: 'array', items: text },
          medicalNotes: nullableText,
          emergencyContact: anyObject,
          motivation: nullableText,
          guardian: anyObject,
          cancelledBy: nullableText,
          confirmedAt: nullableText,
          createdAt: text,
          updatedAt: text,
        },
      },
    },
    nextCursor: nullableText,
  },
} as const;
