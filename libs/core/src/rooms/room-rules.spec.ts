import { effectiveRoomSharing } from './room-sharing.js';
import { roomRuleBroken, type RoomPerson } from './room-rules.js';

const person = (id: string, overrides: Partial<RoomPerson> = {}): RoomPerson => ({
  registrationId: id,
  roomSharing: 'female',
  minor: false,
  nationality: 'VN',
  ...overrides,
});

describe('room-sharing kinds', () => {
  it('follow the gender when not stated, and make other or no answer a single room', () => {
    expect(effectiveRoomSharing(null, 'female')).toBe('female');
    expect(effectiveRoomSharing(undefined, 'male')).toBe('male');
    expect(effectiveRoomSharing(null, 'other')).toBe('single');
    expect(effectiveRoomSharing(null, 'undisclosed')).toBe('single');
    expect(effectiveRoomSharing(null, null)).toBe('single');
    expect(effectiveRoomSharing('female', 'undisclosed')).toBe('female');
    expect(effectiveRoomSharing('single', 'male')).toBe('single');
  });
});

describe('the rule a room would break', () => {
  it('is none for an empty room or the same kind and age group', () => {
    expect(roomRuleBroken([], person('b', { roomSharing: 'single' }))).toBeNull();
    expect(roomRuleBroken([person('a')], person('b', { nationality: 'KR' }))).toBeNull();
  });

  it('names the single room, the sharing kind and the minor with an adult', () => {
    expect(roomRuleBroken([person('a')], person('b', { roomSharing: 'single' }))).toBe(
      'SINGLE_ROOM',
    );
    expect(roomRuleBroken([person('a', { roomSharing: 'single' })], person('b'))).toBe(
      'SINGLE_ROOM',
    );
    expect(roomRuleBroken([person('a')], person('b', { roomSharing: 'male' }))).toBe(
      'ONE_SHARING_KIND',
    );
    expect(roomRuleBroken([person('a')], person('b', { minor: true }))).toBe('MINOR_WITH_ADULT');
  });

  it('ignores the newcomer already in the room', () => {
    expect(roomRuleBroken([person('a', { roomSharing: 'single' })], person('a'))).toBeNull();
  });
});
