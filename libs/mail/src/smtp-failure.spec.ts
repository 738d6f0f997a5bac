import { classifySmtpFailure, describeSmtpFailure } from './smtp-failure.js';

describe('SMTP failures', () => {
  it('treats 5xx replies as permanent and everything else as transient', () => {
    expect(classifySmtpFailure({ responseCode: 550, response: '550 No such mailbox' })).toBe(
      'permanent',
    );
    expect(classifySmtpFailure({ responseCode: 554 })).toBe('permanent');
    expect(classifySmtpFailure({ responseCode: 421, response: '421 Try again later' })).toBe(
      'transient',
    );
    expect(classifySmtpFailure({ responseCode: 451 })).toBe('transient');
    expect(
      classifySmtpFailure(
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' }),
      ),
    ).toBe('transient');
    expect(classifySmtpFailure(Object.assign(new Error('Timeout'), { code: 'ETIMEDOUT' }))).toBe(
      'transient',
    );
  });

  it('describes a failure in one line', () => {
    expect(describeSmtpFailure({ responseCode: 550, response: '550 No such\n mailbox' })).toBe(
      '550 No such mailbox',
    );
    expect(
      describeSmtpFailure(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNECTION' }),
      ),
    ).toBe('ECONNECTION: connect ECONNREFUSED 127.0.0.1:1');
  });
});
