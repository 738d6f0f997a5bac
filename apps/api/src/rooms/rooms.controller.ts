import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { User } from '#core/accounts/index.js';
import { AccommodationService } from '#core/rooms/index.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { NoStore } from '../common/http/cache-policy.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { roomingListCsv } from './rooming-list-csv.js';
import {
  AccommodationDto,
  AccommodationListDto,
  AddOccupantDto,
  AutoAssignRoomsDto,
  CreateAccommodationDto,
  CreateRoomDto,
  RoomDto,
  RoomListDto,
} from './rooms.dto.js';

@ApiTags('accommodation and rooms')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown, or not visible to the caller' })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Not an organizer (or staff, for reads)' })
// Rooming lists name minors and where they sleep: never kept by a cache.
@NoStore()
@Controller()
export class RoomsController {
  constructor(private readonly accommodations: AccommodationService) {}

  @Post('events/:id/accommodations')
  @ApiCreatedResponse({ type: AccommodationDto })
  async create(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Body() body: CreateAccommodationDto,
  ): Promise<AccommodationDto> {
    return AccommodationDto.from(await this.accommodations.create(actor, eventId, body));
  }

  @Get('events/:id/accommodations')
  @ApiOkResponse({ type: AccommodationListDto, description: 'With rooms and occupants' })
  async list(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
  ): Promise<AccommodationListDto> {
    return {
      items: (await this.accommodations.listForEvent(actor, eventId)).map((view) =>
        AccommodationDto.from(view),
      ),
      nextCursor: null,
    };
  }

  @Get('accommodations/:id')
  @ApiOkResponse({ type: AccommodationDto, description: 'With rooms and occupants' })
  async get(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) accommodationId: string,
  ): Promise<AccommodationDto> {
    return AccommodationDto.from(await this.accommodations.get(actor, accommodationId));
  }

  @Post('accommodations/:id/rooms')
  @ApiCreatedResponse({ type: RoomDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'ROOM_LABEL_TAKEN' })
  async addRoom(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) accommodationId: string,
    @Body() body: CreateRoomDto,
  ): Promise<RoomDto> {
    return RoomDto.from(await this.accommodations.addRoom(actor, accommodationId, body));
  }

  @Post('accommodations/:id/auto-assign')
  @HttpCode(200)
  @ApiOkResponse({ type: RoomListDto, description: 'Every room with its occupants' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBodyDto,
    description:
      'NOT_ENOUGH_BEDS (details name how many of which kind are left without a bed; nothing changed), NOT_CONFIRMED',
  })
  async autoAssign(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) accommodationId: string,
    @Body() body: AutoAssignRoomsDto,
  ): Promise<RoomListDto> {
    const rooms = await this.accommodations.autoAssign(
      actor,
      accommodationId,
      body.registrationIds,
    );
    return { items: rooms.map((room) => RoomDto.from(room)), nextCursor: null };
  }

  @Post('rooms/:id/occupants')
  @ApiCreatedResponse({
    type: RoomDto,
    description: 'Moves the person out of another room of the same accommodation',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorBodyDto,
    description: 'ROOM_RULE (naming the rule broken), ROOM_FULL, NOT_CONFIRMED',
  })
  async addOccupant(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) roomId: string,
    @Body() body: AddOccupantDto,
  ): Promise<RoomDto> {
    return RoomDto.from(await this.accommodations.addOccupant(actor, roomId, body.registrationId));
  }

  @Delete('rooms/:id/occupants/:registrationId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async removeOccupant(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) roomId: string,
    @Param('registrationId', UuidParamPipe) registrationId: string,
  ): Promise<void> {
    await this.accommodations.removeOccupant(actor, roomId, registrationId);
  }

  @Get('accommodations/:id/rooming-list.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'For the hotel: room, name (as in the passport, else the full name), roomSharing, nationality, nights; UTF-8 with BOM; never a passport number',
  })
  async roomingList(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) accommodationId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const view = await this.accommodations.roomingList(actor, accommodationId);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="rooming-list-${accommodationId}.csv"`);
    return roomingListCsv(view);
  }
}
