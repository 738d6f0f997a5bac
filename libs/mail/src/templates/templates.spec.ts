import { escapeHtml } from './layout.js';
import { membershipEmail } from './membership.template.js';
import { welcomeEmail } from './welcome.template.js';

describe('email templates', () => {
  it('always render a text and an HTML part', () => {
    for (const mail of [
      welcomeEmail({ fullName: 'Nguyễn Thị Linh', publicUrl: 'https://gofar.example' }),
      membershipEmail({
        fullName: '김민준',
        organizationName: 'ASEAN-Korea Centre',
        role: 'staff',
        roleChanged: false,
        publicUrl: 'https://gofar.example',
      }),
    ]) {
      expect(mail.subject.length).toBeGreaterThan(0);
      expect(mail.text.length).toBeGreaterThan(0);
      expect(mail.html).toContain('<!doctype html>');
      expect(mail.html).toContain('https://gofar.example');
    }
  });

  it('keeps names in any script intact and escapes markup', () => {
    const mail = welcomeEmail({
      fullName: 'Aung <script>alert(1)</script> မောင်',
      publicUrl: 'https://gofar.example',
    });
    expect(mail.text).toContain('Hello Aung <script>alert(1)</script> မောင်,');
    expect(mail.html).toContain('Aung &lt;script&gt;alert(1)&lt;/script&gt; မောင်');
    expect(mail.html).not.toContain('<script>');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
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
