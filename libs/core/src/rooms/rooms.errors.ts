import { DomainError } from '../common/index.js';
import { describeKindCount, type RoomKind } from './room-kind.js';
import { ROOM_RULES, type RoomRule } from './room-rules.js';

/** Who would be left without a bed, by kind; nothing was changed. */
export function notEnoughBeds(unplaced: Partial<Record<RoomKind, number>>): DomainError {
  const parts = Object.entries(unplaced).map(([kind, count]) =>
    describeKindCount(kind as RoomKind, count),
  );
  return new DomainError(
    'rule',
    'NOT_ENOUGH_BEDS',
    `Not enough rooms: ${parts.join(', ')} would be left without a bed; nothing was changed`,
    Object.entries(unplaced).map(([kind], index) => ({
      field: kind,
      constraint: 'NOT_ENOUGH_BEDS',
      message: `${parts[index]} without a bed`,
    })),
  );
}

export const roomRuleBrokenError = (rule: RoomRule, label: string) =>
  new DomainError('rule', 'ROOM_RULE', `Room ${label}: ${ROOM_RULES[rule]}`, [
    { field: 'registrationId', constraint: rule, message: ROOM_RULES[rule] },
  ]);

export const roomFull = (label: string, beds: number) =>
  new DomainError(
    'rule',
    'ROOM_FULL',
    `Room ${label} has no free bed (${beds} ${beds === 1 ? 'bed' : 'beds'})`,
  );

export const notConfirmedForRoom = (ids: string[]) =>
  new DomainError(
    'rule',
    'NOT_CONFIRMED',
    'Only confirmed participants of this event can have a room',
    ids.map((id) => ({
      field: 'registrationIds',
      constraint: 'NOT_CONFIRMED',
      message: `${id} is not a confirmed registration of this event`,
    })),
  );

export const roomLabelTaken = (label: string) =>
  new DomainError(
    'conflict',
    'ROOM_LABEL_TAKEN',
    `This accommodation already has a room labelled ${label}`,
  );

export const stayDatesInvalid = () =>
  new DomainError('invalid', 'VALIDATION_FAILED', 'checkOutOn must be after checkInOn', [
    {
      field: 'checkOutOn',
      constraint: 'afterCheckIn',
      message: 'checkOutOn must be after checkInOn',
    },
  ]);
