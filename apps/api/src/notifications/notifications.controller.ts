import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { User } from '#core/accounts/index.js';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  type NotificationKind,
  type NotificationStatus,
  NotificationListService,
  type NotificationListEntry,
} from '#core/notifications/index.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { PageQueryDto } from '../common/http/page-query.dto.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';

export class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES)
  status?: NotificationStatus;

  @ApiPropertyOptional({ enum: NOTIFICATION_KINDS })
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS)
  kind?: NotificationKind;

  @ApiPropertyOptional({ description: 'An email address or a user id' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  recipient?: string;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty({ description: 'The recipient’s email address' }) recipient!: string;
  @ApiProperty({ format: 'uuid' }) recipientId!: string;
  @ApiProperty({ format: 'uuid' }) subjectId!: string;
  @ApiProperty({ enum: NOTIFICATION_STATUSES }) status!: NotificationStatus;
  @ApiProperty() fireAt!: string;
  @ApiProperty({ type: String, nullable: true }) sentAt!: string | null;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;

  static from({ notification: n, recipientEmail }: NotificationListEntry): NotificationDto {
    return {
      id: n.id,
      kind: n.kind,
      recipient: recipientEmail,
      recipientId: n.recipientId,
      subjectId: n.subjectId,
      status: n.status,
      fireAt: n.fireAt.toISOString(),
      sentAt: n.sentAt?.toISOString() ?? null,
      attempts: n.attempts,
      lastError: n.lastError,
      reason: n.reason,
    };
  }
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('events/:id/notifications')
export class NotificationsController {
  constructor(private readonly log: NotificationListService) {}

  @Get()
  @ApiOkResponse({
    type: NotificationListDto,
    description: 'The event’s delivery log, for its organizers and staff',
  })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async list(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Query() query: NotificationQueryDto,
  ): Promise<NotificationListDto> {
    const page = await this.log.listForEvent(actor, eventId, query);
    return {
      items: page.items.map((entry) => NotificationDto.from(entry)),
      nextCursor: page.nextCursor,
    };
  }
}
