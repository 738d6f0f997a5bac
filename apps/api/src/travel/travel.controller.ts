import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { User } from '#core/accounts/index.js';
import { searchAirports } from '#core/airports/index.js';
import { PickupService, TravelService, type TravelInput } from '#core/travel/index.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { NoStore } from '../common/http/cache-policy.js';
import { ErrorBodyDto } from '../common/http/error-body.dto.js';
import { namedFields } from '../common/http/partial-body.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import {
  AirportDto,
  AirportListDto,
  AirportSearchQueryDto,
  FlightItemDto,
  FlightListDto,
  FlightQueryDto,
  MissingTravelListDto,
  MissingTravelQueryDto,
  PickupDto,
  PickupListDto,
  PickupQueryDto,
  PlanPickupsDto,
  PutTravelDto,
  TravelDto,
  UpdatePickupDto,
} from './travel.dto.js';

type LegBody = Pick<
  NonNullable<PutTravelDto['arrival']>,
  'mode' | 'flightNumber' | 'airport' | 'terminal'
>;

@ApiTags('travel')
@ApiBearerAuth()
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown, or not visible to the caller' })
@Controller()
export class TravelController {
  constructor(
    private readonly travel: TravelService,
    private readonly pickups: PickupService,
  ) {}

  @Put('registrations/:id/travel')
  // Passport numbers: kept nowhere, not even in the browser's cache.
  @NoStore()
  @ApiOkResponse({
    type: TravelDto,
    description: 'The record; warnings such as PASSPORT_EXPIRES_TOO_SOON',
  })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Event staff may read, not write' })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'INVALID_STATE: not confirmed or pending',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorBodyDto,
    description: 'FLIGHT_DETAILS_REQUIRED, UNKNOWN_AIRPORT, OFFSET_MISMATCH',
  })
  async put(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: PutTravelDto,
  ): Promise<TravelDto> {
    const leg = (value: LegBody | null | undefined, at: string | null | undefined) =>
      value
        ? {
            mode: value.mode,
            flightNumber: value.flightNumber ?? null,
            airport: value.airport ?? null,
            terminal: value.terminal ?? null,
            at: at ?? null,
          }
        : null;
    const input: TravelInput = {
      phone: body.phone ?? null,
      arrival: leg(body.arrival, body.arrival?.arrivesAt),
      departure: leg(body.departure, body.departure?.departsAt),
      visaNeededFor: body.visaNeededFor ?? [],
      roomSharing: body.roomSharing ?? null,
      ...(body.passport !== undefined ? { passport: body.passport } : {}),
    };
    return TravelDto.from(await this.travel.put(actor, id, input));
  }

  @Get('registrations/:id/travel')
  @NoStore()
  @ApiOkResponse({
    type: TravelDto,
    description: 'The registrant, organizers and event staff; the passport only to the first two',
  })
  async get(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<TravelDto> {
    return TravelDto.from(await this.travel.get(actor, id));
  }

  @Get('events/:id/travel')
  @ApiOkResponse({
    type: MissingTravelListDto,
    description:
      'Organizers and event staff: confirmed participants who have not given what is missing',
  })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  async missing(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Query() query: MissingTravelQueryDto,
  ): Promise<MissingTravelListDto> {
    const { missing, ...page } = query;
    return this.travel.missing(actor, eventId, missing, page);
  }

  @Get('events/:id/flights')
  @ApiOkResponse({
    type: FlightListDto,
    description:
      'Organizers and event staff: confirmed participants’ flights in one direction, by time, in each airport’s zone; no passport or phone',
  })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  async flights(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Query() query: FlightQueryDto,
  ): Promise<FlightListDto> {
    const { direction, ...page } = query;
    const result = await this.travel.flights(actor, eventId, direction ?? 'arrival', page);
    return {
      items: result.items.map((item) => FlightItemDto.from(item)),
      nextCursor: result.nextCursor,
    };
  }

  @Get('airports')
  @Public()
  @ApiOkResponse({
    type: AirportListDto,
    description:
      'Airports the platform knows, by code, city or name (accents and case ignored), best first',
  })
  airports(@Query() query: AirportSearchQueryDto): AirportListDto {
    return {
      items: searchAirports(query.q, query.limit ?? 10).map((airport) => AirportDto.from(airport)),
    };
  }

  @Post('events/:id/pickups/plan')
  @HttpCode(200)
  @ApiOkResponse({ type: PickupListDto, description: 'The airport’s pickups after planning' })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'UNKNOWN_AIRPORT' })
  async plan(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Body() body: PlanPickupsDto,
  ): Promise<PickupListDto> {
    const views = await this.pickups.plan(actor, eventId, body);
    return { items: views.map((view) => PickupDto.from(view)), nextCursor: null };
  }

  @Get('events/:id/pickups')
  @ApiOkResponse({ type: PickupListDto, description: 'Organizers and event staff' })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  async list(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) eventId: string,
    @Query() query: PickupQueryDto,
  ): Promise<PickupListDto> {
    const page = await this.pickups.list(actor, eventId, {
      limit: query.limit,
      cursor: query.cursor,
      onlyConflicts: query.conflicts === 'true',
    });
    return { items: page.items.map((view) => PickupDto.from(view)), nextCursor: page.nextCursor };
  }

  @Patch('pickups/:id')
  @ApiOkResponse({ type: PickupDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'NOT_EVENT_STAFF' })
  async patch(
    @CurrentUser() actor: User,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdatePickupDto,
  ): Promise<PickupDto> {
    const { meetAt, ...rest } = namedFields(body);
    return PickupDto.from(
      await this.pickups.patch(actor, id, {
        ...rest,
        ...(meetAt ? { meetAt: new Date(meetAt) } : {}),
      }),
    );
  }
}
