import { membershipEmail } from './membership.emails.js';

describe('membership email', () => {
  it('renders a text and an HTML part', () => {
    const mail = membershipEmail({
      fullName: '김민준',
      organizationName: 'ASEAN-Korea Centre',
      role: 'staff',
      roleChanged: false,
      publicUrl: 'https://gofar.example',
    });
    expect(mail.subject.length).toBeGreaterThan(0);
    expect(mail.text.length).toBeGreaterThan(0);
    expect(mail.html).toContain('<!doctype html>');
    expect(mail.html).toContain('https://gofar.example');
  });

  it('says whether a membership is new or a role changed', () => {
    const added = membershipEmail({
      fullName: 'A',
      organizationName: 'Centre',
      role: 'staff',
      roleChanged: false,
      publicUrl: 'x',
    });
    const changed = membershipEmail({
      fullName: 'A',
      organizationName: 'Centre',
      role: 'organizer',
      roleChanged: true,
      publicUrl: 'x',
    });
    expect(added.subject).toBe('You were added to Centre as staff');
    expect(changed.subject).toBe('You are now organizer at Centre');
  });
});
