import { jobId } from '#queue/job-id.js';
import { deliveryJobId, messageIdFor } from './notification-key.js';

describe('notification keys', () => {
  const key = {
    kind: 'session_reminder' as const,
    subjectId: '5b0c1f7e-0000-4000-8000-000000000001',
    recipientId: '5b0c1f7e-0000-4000-8000-000000000002',
    fireAt: new Date('2027-07-17T00:30:00.000Z'),
  };

  it('makes one job id per key, without colons', () => {
    expect(deliveryJobId(key)).toBe(
      `session_reminder-${key.subjectId}-${key.recipientId}-${key.fireAt.getTime()}`,
    );
    expect(deliveryJobId(key)).not.toContain(':');
    expect(deliveryJobId({ ...key, fireAt: new Date('2027-07-17T00:45:00.000Z') })).not.toBe(
      deliveryJobId(key),
    );
    expect(() => jobId('a', 'b:c')).toThrow(/":"/);
  });

  it('derives a stable Message-ID from the key', () => {
    expect(messageIdFor(key, 'gofar.local')).toBe(
      `<session_reminder.${key.subjectId}.${key.recipientId}.${key.fireAt.getTime()}@gofar.local>`,
    );
    expect(messageIdFor({ ...key }, 'gofar.local')).toBe(messageIdFor(key, 'gofar.local'));
  });
});
