import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { User } from '#core/accounts/index.js';
import { InvitationLetterService, notFoundLetter } from '#core/letters/index.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { NoStore } from '../common/http/cache-policy.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { LetterLookupRateLimitGuard } from './letter-lookup-rate-limit.guard.js';
import {
  InvitationLetterDto,
  InvitationLetterListDto,
  IssueLetterDto,
  LetterCountryQueryDto,
  LetterVerificationDto,
} from './letters.dto.js';

@ApiTags('letters')
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown, or not visible to the caller' })
// Letters carry passport numbers; their references are not for shared caches either.
@NoStore()
@Controller()
export class LettersController {
  constructor(private readonly letters: InvitationLetterService) {}

  @Post('registrations/:id/invitation-letter')
  @ApiBearerAuth()
  @ApiCreatedResponse({
    type: InvitationLetterDto,
    description: 'Issued; it supersedes the previous letter for the same country',
  })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Not an organizer of the event' })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'INVALID_STATE: the registration is not confirmed',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorBodyDto,
    description:
      'PASSPORT_MISSING, VISA_NOT_NEEDED (country not in visaNeededFor), PASSPORT_EXPIRES_TOO_SOON (less than six months after endsOn), LETTER_DETAILS_MISSING (the event has no letterSignatory or letterCostsCoveredBy), NO_PROGRAMME_IN_COUNTRY',
  })
  async issue(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: IssueLetterDto,
  ): Promise<InvitationLetterDto> {
    return InvitationLetterDto.from(await this.letters.issue(actor, id, body.country));
  }

  @Get('registrations/:id/invitation-letters')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: InvitationLetterListDto,
    description: 'The registration’s current letters (one per country), per Visibility',
  })
  async list(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<InvitationLetterListDto> {
    const letters = await this.letters.currentLetters(actor, id);
    return { items: letters.map((letter) => InvitationLetterDto.from(letter)) };
  }

  @Get('registrations/:id/invitation-letter.pdf')
  @ApiBearerAuth()
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The current letter for the country, rendered from the snapshot taken at issue',
  })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Event staff (not the registrant)' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'INVALID_STATE: no longer valid' })
  async pdf(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Query() query: LetterCountryQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { letter, pdf } = await this.letters.pdf(actor, id, query.country);
    void reply
      .header('content-type', 'application/pdf')
      .header(
        'content-disposition',
        `inline; filename="invitation-letter-${letter.country}-${letter.reference}.pdf"`,
      );
    return pdf;
  }

  @Get('letters/:reference')
  @Public()
  @UseGuards(LetterLookupRateLimitGuard)
  @ApiOkResponse({ type: LetterVerificationDto })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto, description: 'RATE_LIMITED' })
  async verify(@Param('reference') reference: string): Promise<LetterVerificationDto> {
    const verification = await this.letters.verify(reference);
    if (!verification) throw notFoundLetter();
    return LetterVerificationDto.from(verification);
  }
}
