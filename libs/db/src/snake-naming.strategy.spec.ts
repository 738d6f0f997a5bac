import { SnakeNamingStrategy } from './snake-naming.strategy.js';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it('maps properties and classes to snake_case', () => {
    expect(naming.columnName('registrationOpensAt', undefined, [])).toBe('registration_opens_at');
    expect(naming.columnName('id', undefined, ['venue'])).toBe('venue_id');
    expect(naming.tableName('EventStaff', undefined)).toBe('event_staff');
    expect(naming.tableName('EventStaff', 'event_staff')).toBe('event_staff');
    expect(naming.joinColumnName('organization', 'id')).toBe('organization_id');
  });
});
