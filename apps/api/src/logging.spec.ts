import { redactPath } from './logging.js';

describe('request paths in the log', () => {
  it('keeps plain query values and masks the rest', () => {
    expect(
      redactPath('/api/v1/events/e1/notifications?kind=welcome&recipient=lan%40example.vn&limit=5'),
    ).toBe('/api/v1/events/e1/notifications?kind=welcome&recipient=[masked]&limit=5');
  });

  it('masks calendar secrets and emails in the path', () => {
    expect(redactPath('/api/v1/calendar/s3cr3t.ics?token=abc')).toBe(
      '/api/v1/calendar/[secret]?token=[masked]',
    );
    expect(redactPath('/api/v1/users/lan@example.vn')).toBe('/api/v1/users/[email]');
    expect(redactPath(undefined)).toBe('');
  });
});
