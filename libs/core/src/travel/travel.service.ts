import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import type { User } from '../accounts/index.js';
import { findAirport } from '../airports/index.js';
import {
  decodeCursor,
  encodeCursor,
  forbidden,
  invalidState,
  notFound,
  pageSize,
  toPage,
  type ErrorDetail,
  type Page,
  type PageRequest,
} from '../common/index.js';
import { EventAccessService } from '../events/event-access.service.js';
import type { Event } from '../events/index.js';
import { DataEncryptionService } from '../privacy/data-encryption.service.js';
import { RegistrationRepository } from '../registrations/registration.repository.js';
import type { Registration } from '../registrations/registration.entity.js';
import { localIso, offsetMatchesZone, sixMonthsAfter } from './flight-time.js';
import { PickupService } from './pickup.service.js';
import type { TravelInput, TravelLegInput } from './travel-input.js';
import { TravelRecord } from './travel-record.entity.js';
import { flightDetailsRequired, offsetMismatch, unknownAirport } from './travel.errors.js';

export const MISSING_TRAVEL_FIELDS = ['arrival', 'departure', 'passport', 'phone'] as const;
export type MissingTravelField = (typeof MISSING_TRAVEL_FIELDS)[number];

export interface TravelLegView {
  mode: string;
  flightNumber: string | null;
  airport: string | null;
  at: Date | null;
  terminal: string | null;
  /** The airport's zone, and the instant written in it (`2027-07-11T15:40:00+09:00`). */
  timezone: string | null;
  local: string | null;
}

export interface PassportView {
  number: string;
  issuingCountry: string;
  expiresOn: string;
  fullNameAsInPassport: string;
}

export interface TravelView {
  registrationId: string;
  phone: string | null;
  arrival: TravelLegView | null;
  departure: TravelLegView | null;
  visaNeededFor: string[];
  roomSharing: string | null;
  /** Undefined when the caller may not see it (event staff); null when none is stored. */
  passport?: PassportView | null;
  updatedAt: Date | null;
  warnings: { code: 'PASSPORT_EXPIRES_TOO_SOON'; message: string }[];
}

export interface MissingTravelItem {
  registrationId: string;
  userId: string;
  fullName: string;
  nationality: string;
  missing: MissingTravelField[];
}

export const FLIGHT_DIRECTIONS = ['arrival', 'departure'] as const;
export type FlightDirection = (typeof FLIGHT_DIRECTIONS)[number];

/** One confirmed participant's flight, for the staff's flights board: never a passport. */
export interface FlightItem {
  registrationId: string;
  fullName: string;
  nationality: string;
  direction: FlightDirection;
  flightNumber: string;
  airport: string;
  airportName: string | null;
  city: string | null;
  terminal: string | null;
  /** The airport's zone; `at` in UTC, `local` in that zone, `localDate` its calendar day there. */
  timezone: string;
  at: Date;
  local: string;
  localDate: string;
}

interface TravelAccess {
  registration: Registration;
  event: Event;
  isRegistrant: boolean;
  isOrganizer: boolean;
  isEventStaff: boolean;
}

/**
 * Travel records: the registrant or an organizer writes one per registration (flights in
 * their airports' zones, visa needs, room sharing, passport with its number encrypted); the
 * registrant, organizers and event staff read it, the passport only the first two. A changed
 * arrival re-plans that airport's pickups.
 */
@Injectable()
export class TravelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly registrations: RegistrationRepository,
    private readonly encryption: DataEncryptionService,
    private readonly pickups: PickupService,
  ) {}

  async get(actor: User, registrationId: string): Promise<TravelView> {
    const access = await this.visible(actor, registrationId);
    const record = await this.dataSource.manager.findOneBy(TravelRecord, { registrationId });
    return this.view(access, record);
  }

  async put(actor: User, registrationId: string, input: TravelInput): Promise<TravelView> {
    const access = await this.visible(actor, registrationId);
    if (!access.isRegistrant && !access.isOrganizer)
      throw forbidden('Only the registrant or an organizer can change travel details');
    if (!['confirmed', 'pending'].includes(access.registration.status))
      throw invalidState(
        `Travel details are kept for confirmed or pending registrations, not a ${access.registration.status} one`,
      );
    const arrival = checkLeg('arrival', 'arrivesAt', input.arrival);
    const departure = checkLeg('departure', 'departsAt', input.departure);
    throwFirst([...arrival.problems, ...departure.problems]);

    const record = await inTransaction(this.dataSource, async (manager) => {
      const registration = await this.registrations.findByIdOrFail(manager, registrationId);
      const existing = await manager.findOne(TravelRecord, {
        where: { registrationId },
        lock: { mode: 'pessimistic_write' },
      });
      const record =
        existing ?? manager.create(TravelRecord, { registrationId, eventId: registration.eventId });
      const before = existing ? arrivalKey(existing) : null;
      Object.assign(record, {
        phone: input.phone ?? null,
        arrivalMode: arrival.leg?.mode ?? null,
        arrivalFlightNumber: arrival.leg?.flightNumber ?? null,
        arrivalAirport: arrival.leg?.airport ?? null,
        arrivesAt: arrival.leg?.at ?? null,
        arrivalTimezone: arrival.leg?.timezone ?? null,
        arrivalTerminal: arrival.leg?.terminal ?? null,
        departureMode: departure.leg?.mode ?? null,
        departureFlightNumber: departure.leg?.flightNumber ?? null,
        departureAirport: departure.leg?.airport ?? null,
        departsAt: departure.leg?.at ?? null,
        departureTimezone: departure.leg?.timezone ?? null,
        departureTerminal: departure.leg?.terminal ?? null,
        visaNeededFor: [...new Set(input.visaNeededFor ?? [])],
        roomSharing: input.roomSharing ?? null,
      } satisfies Partial<TravelRecord>);
      if (input.passport === null) {
        Object.assign(record, {
          passportNumberEncrypted: null,
          passportNumberKeyId: null,
          passportIssuingCountry: null,
          passportExpiresOn: null,
          fullNameAsInPassport: null,
        });
      } else if (input.passport) {
        const encrypted = this.encryption.encrypt(input.passport.number, registrationId);
        Object.assign(record, {
          passportNumberEncrypted: encrypted.ciphertext,
          passportNumberKeyId: encrypted.keyId,
          passportIssuingCountry: input.passport.issuingCountry,
          passportExpiresOn: input.passport.expiresOn,
          fullNameAsInPassport: input.passport.fullNameAsInPassport,
        });
      }
      const saved = await manager.save(TravelRecord, record);
      const after = arrivalKey(saved);
      if (registration.status === 'confirmed' && before !== after)
        await this.pickups.replanAirports(
          manager,
          registration.eventId,
          [existing?.arrivalAirport, saved.arrivalAirport].filter((code): code is string => !!code),
        );
      return saved;
    });
    return this.view(access, record);
  }

  /** Confirmed participants who have not given `missing` (or, without it, any of the four). */
  async missing(
    actor: User,
    eventId: string,
    missing: MissingTravelField | undefined,
    request: PageRequest,
  ): Promise<Page<MissingTravelItem>> {
    await this.access.forTeam(actor, eventId);
    const limit = pageSize(request);
    const after = request.cursor ? decodeCursor(request.cursor, 'integer') : null;
    const rows: {
      id: string;
      seq: string;
      user_id: string;
      full_name: string;
      nationality: string;
      no_arrival: boolean;
      no_departure: boolean;
      no_passport: boolean;
      no_phone: boolean;
    }[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT r.id, r.seq, r.user_id, u.full_name, r.nationality,
                t.arrival_mode IS NULL AS no_arrival, t.departure_mode IS NULL AS no_departure,
                t.passport_number_encrypted IS NULL AS no_passport, t.phone IS NULL AS no_phone
           FROM registrations r
           JOIN users u ON u.id = r.user_id
           LEFT JOIN travel_records t ON t.registration_id = r.id
          WHERE r.event_id = $1 AND r.status = 'confirmed' AND ($2::bigint IS NULL OR r.seq > $2)) x
        WHERE CASE $3::text WHEN 'arrival' THEN no_arrival WHEN 'departure' THEN no_departure
                            WHEN 'passport' THEN no_passport WHEN 'phone' THEN no_phone
                            ELSE no_arrival OR no_departure OR no_passport OR no_phone END
        ORDER BY seq LIMIT $4`,
      [eventId, after?.key ?? null, missing ?? null, limit + 1],
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => ({
        registrationId: row.id,
        userId: row.user_id,
        fullName: row.full_name,
        nationality: row.nationality,
        missing: MISSING_TRAVEL_FIELDS.filter((field) => row[`no_${field}`]),
      })),
      nextCursor:
        rows.length > limit && last ? encodeCursor({ key: String(last.seq), id: last.id }) : null,
    };
  }

  /**
   * Confirmed participants' flights in one direction, by time (ties by registration id), in
   * each airport's zone: what the staff need at the airport, without passports or phones.
   */
  async flights(
    actor: User,
    eventId: string,
    direction: FlightDirection,
    request: PageRequest,
  ): Promise<Page<FlightItem>> {
    await this.access.forTeam(actor, eventId);
    const limit = pageSize(request);
    const after = request.cursor ? decodeCursor(request.cursor, 'instant') : null;
    // Column names come from the closed list above, never from the request.
    const [mode, flight, airport, at, zone, terminal] =
      direction === 'arrival'
        ? [
            'arrival_mode',
            'arrival_flight_number',
            'arrival_airport',
            'arrives_at',
            'arrival_timezone',
            'arrival_terminal',
          ]
        : [
            'departure_mode',
            'departure_flight_number',
            'departure_airport',
            'departs_at',
            'departure_timezone',
            'departure_terminal',
          ];
    const rows: {
      id: string;
      full_name: string;
      nationality: string;
      flight_number: string;
      airport: string;
      at: Date;
      timezone: string;
      terminal: string | null;
    }[] = await this.dataSource.query(
      `SELECT r.id, u.full_name, r.nationality, t.${flight} AS flight_number, t.${airport} AS airport,
              t.${at} AS at, t.${zone} AS timezone, t.${terminal} AS terminal
         FROM travel_records t
         JOIN registrations r ON r.id = t.registration_id
         JOIN users u ON u.id = r.user_id
        WHERE t.event_id = $1 AND r.status = 'confirmed' AND t.${mode} = 'flight'
          AND t.${at} IS NOT NULL AND t.${airport} IS NOT NULL
          AND ($2::timestamptz IS NULL OR (t.${at}, r.id) > ($2::timestamptz, $3::uuid))
        ORDER BY t.${at}, r.id
        LIMIT $4`,
      [eventId, after?.key ?? null, after?.id ?? null, limit + 1],
    );
    const page = toPage(rows, limit, (row) => ({ key: row.at.toISOString(), id: row.id }));
    return {
      items: page.items.map((row) => {
        const place = findAirport(row.airport);
        const local = localIso(row.at, row.timezone);
        return {
          registrationId: row.id,
          fullName: row.full_name,
          nationality: row.nationality,
          direction,
          flightNumber: row.flight_number,
          airport: row.airport,
          airportName: place?.name ?? null,
          city: place?.city ?? null,
          terminal: row.terminal,
          timezone: row.timezone,
          at: row.at,
          local,
          localDate: local.slice(0, 10),
        };
      }),
      nextCursor: page.nextCursor,
    };
  }

  /** The registrant, the organization's organizers and the event's staff see it; to others it does not exist. */
  private async visible(actor: User, registrationId: string): Promise<TravelAccess> {
    const registration = await this.registrations.findById(registrationId);
    if (!registration) throw notFound('Registration');
    const isRegistrant = registration.userId === actor.id;
    const eventAccess = await this.access.visible(actor, registration.eventId).catch(() => null);
    if (!eventAccess || (!isRegistrant && !eventAccess.isOrganizer && !eventAccess.isEventStaff))
      throw notFound('Registration');
    return {
      registration,
      event: eventAccess.event,
      isRegistrant,
      isOrganizer: eventAccess.isOrganizer,
      isEventStaff: eventAccess.isEventStaff,
    };
  }

  private view(access: TravelAccess, record: TravelRecord | null): TravelView {
    const seesPassport = access.isRegistrant || access.isOrganizer;
    const expiresOn = record?.passportExpiresOn ?? null;
    const warnings: TravelView['warnings'] =
      expiresOn && expiresOn < sixMonthsAfter(access.event.endsOn)
        ? [
            {
              code: 'PASSPORT_EXPIRES_TOO_SOON',
              message: `The passport expires less than six months after the programme ends (${access.event.endsOn}); an invitation letter cannot be issued for it`,
            },
          ]
        : [];
    return {
      registrationId: access.registration.id,
      phone: record?.phone ?? null,
      arrival: record?.arrivalMode
        ? leg(
            record.arrivalMode,
            record.arrivalFlightNumber,
            record.arrivalAirport,
            record.arrivesAt,
            record.arrivalTimezone,
            record.arrivalTerminal,
          )
        : null,
      departure: record?.departureMode
        ? leg(
            record.departureMode,
            record.departureFlightNumber,
            record.departureAirport,
            record.departsAt,
            record.departureTimezone,
            record.departureTerminal,
          )
        : null,
      visaNeededFor: record?.visaNeededFor ?? [],
      roomSharing: record?.roomSharing ?? null,
      ...(seesPassport ? { passport: record ? this.passport(record) : null } : {}),
      updatedAt: record?.updatedAt ?? null,
      warnings: seesPassport ? warnings : [],
    };
  }

  private passport(record: TravelRecord): PassportView | null {
    if (!record.passportNumberEncrypted || !record.passportNumberKeyId) return null;
    return {
      number: this.encryption.decrypt(
        { ciphertext: record.passportNumberEncrypted, keyId: record.passportNumberKeyId },
        record.registrationId,
      ),
      issuingCountry: record.passportIssuingCountry!,
      expiresOn: record.passportExpiresOn!,
      fullNameAsInPassport: record.fullNameAsInPassport!,
    };
  }
}

function leg(
  mode: string,
  flightNumber: string | null,
  airport: string | null,
  at: Date | null,
  timezone: string | null,
  terminal: string | null,
): TravelLegView {
  return {
    mode,
    flightNumber,
    airport,
    at,
    terminal,
    timezone,
    local: at && timezone ? localIso(at, timezone) : null,
  };
}

/** What decides a participant's pickup: how, where and when they land. */
function arrivalKey(record: TravelRecord): string {
  return `${record.arrivalMode}|${record.arrivalAirport}|${record.arrivesAt?.getTime() ?? ''}`;
}

interface CheckedLeg {
  mode: TravelLegInput['mode'];
  flightNumber: string | null;
  airport: string | null;
  at: Date | null;
  timezone: string | null;
  terminal: string | null;
}

type Problem = { code: 'required' | 'airport' | 'offset'; detail: ErrorDetail };

/** Checks one leg: a flight needs its number, airport and time; an airport must be known; a time's offset must be the airport's. */
function checkLeg(
  name: 'arrival' | 'departure',
  timeField: 'arrivesAt' | 'departsAt',
  input: TravelLegInput | null | undefined,
): { leg: CheckedLeg | null; problems: Problem[] } {
  if (!input) return { leg: null, problems: [] };
  const problems: Problem[] = [];
  if (input.mode === 'flight') {
    for (const [field, value] of [
      ['flightNumber', input.flightNumber],
      ['airport', input.airport],
      [timeField, input.at],
    ] as const)
      if (!value)
        problems.push({
          code: 'required',
          detail: {
            field: `${name}.${field}`,
            constraint: 'isRequiredForFlight',
            message: `${name}.${field} is required for a flight`,
          },
        });
  }
  const airport = input.airport ? findAirport(input.airport) : null;
  if (input.airport && !airport)
    problems.push({
      code: 'airport',
      detail: {
        field: `${name}.airport`,
        constraint: 'isKnownAirport',
        message: `${name}.airport ${input.airport} is not an IATA airport code the platform knows`,
      },
    });
  if (input.at && airport && !offsetMatchesZone(input.at, airport.timezone))
    problems.push({
      code: 'offset',
      detail: {
        field: `${name}.${timeField}`,
        constraint: 'offsetMatchesAirport',
        message: `${name}.${timeField} must be written with Z or the offset of ${airport.iata} (${airport.timezone}) at that moment, e.g. ${localIso(new Date(input.at), airport.timezone)}`,
      },
    });
  return {
    leg: {
      mode: input.mode,
      flightNumber: input.flightNumber?.toUpperCase().replace(/\s+/g, '') ?? null,
      airport: airport?.iata ?? null,
      at: input.at ? new Date(input.at) : null,
      timezone: airport?.timezone ?? null,
      terminal: input.terminal ?? null,
    },
    problems,
  };
}

/** Missing flight fields first, then unknown airports, then offsets: one code per answer, every detail of it. */
function throwFirst(problems: Problem[]): void {
  for (const [code, error] of [
    ['required', flightDetailsRequired],
    ['airport', unknownAirport],
    ['offset', offsetMismatch],
  ] as const) {
    const found = problems.filter((problem) => problem.code === code);
    if (found.length) throw error(found.map((problem) => problem.detail));
  }
}
