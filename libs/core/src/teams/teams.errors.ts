import { DomainError } from '../common/index.js';

export const teamsLocked = () =>
  new DomainError(
    'conflict',
    'TEAMS_LOCKED',
    'Teams cannot be reassigned once a team has submitted',
  );
export const notConfirmed = () =>
  new DomainError('rule', 'NOT_CONFIRMED', 'Only confirmed participants can be in a team');
export const alreadyInTeam = () =>
  new DomainError('conflict', 'ALREADY_IN_TEAM', 'This person is already in a team of this event');
export const missionClosed = () =>
  new DomainError('rule', 'MISSION_CLOSED', 'The mission is past its due time');
export const superseded = () =>
  new DomainError('conflict', 'SUPERSEDED', 'A newer submission replaced this one; score that one');
