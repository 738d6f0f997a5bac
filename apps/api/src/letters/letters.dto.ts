import { ApiProperty } from '@nestjs/swagger';
import type { InvitationLetter, LetterVerification } from '#core/letters/index.js';
import { IsCountryCode } from '#api/common/validation/gofar-validators.js';

export class IssueLetterDto {
  @ApiProperty({
    example: 'KR',
    description:
      'Destination country (ISO 3166-1 alpha-2, any case); must be in the travel record’s visaNeededFor',
  })
  @IsCountryCode()
  country!: string;
}

export class LetterCountryQueryDto {
  @ApiProperty({ example: 'KR', description: 'Destination country of the letter' })
  @IsCountryCode()
  country!: string;
}

export class InvitationLetterDto {
  @ApiProperty({ example: 'GF-7KQ4-M2XD-9TPA-3VHC' }) reference!: string;
  @ApiProperty({ example: 'KR' }) country!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({
    example:
      '/api/v1/registrations/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed/invitation-letter.pdf?country=KR',
    description: 'Where the registrant and organizers download the PDF (signed in)',
  })
  url!: string;

  static from(letter: InvitationLetter): InvitationLetterDto {
    return {
      reference: letter.reference,
      country: letter.country,
      issuedAt: letter.issuedAt.toISOString(),
      url: `/api/v1/registrations/${letter.registrationId}/invitation-letter.pdf?country=${letter.country}`,
    };
  }
}

export class InvitationLetterListDto {
  @ApiProperty({ type: [InvitationLetterDto] }) items!: InvitationLetterDto[];
}

export class LetterEventDto {
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date', example: '2027-07-12' }) startsOn!: string;
  @ApiProperty({ format: 'date', example: '2027-07-20' }) endsOn!: string;
}

/** What anyone holding a reference may learn, and nothing more. */
export class LetterVerificationDto {
  @ApiProperty({
    description:
      'Not superseded, the registration still confirmed, the account not erased and the content not erased by retention',
  })
  valid!: boolean;
  @ApiProperty({ description: 'A newer letter for the same person and country replaced it' })
  superseded!: boolean;
  @ApiProperty({ example: 'KR' }) country!: string;
  @ApiProperty({ type: LetterEventDto }) event!: LetterEventDto;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'N. T. A.',
    description: 'Initials of the name as in the passport; null once the content is erased',
  })
  participantInitials!: string | null;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;

  static from(verification: LetterVerification): LetterVerificationDto {
    return {
      valid: verification.valid,
      superseded: verification.superseded,
      country: verification.country,
      event: {
        title: verification.event.title,
        startsOn: verification.event.startsOn,
        endsOn: verification.event.endsOn,
      },
      participantInitials: verification.participantInitials,
      issuedAt: verification.issuedAt.toISOString(),
    };
  }
}
