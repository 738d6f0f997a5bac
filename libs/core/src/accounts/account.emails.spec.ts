import { welcomeEmail } from './account.emails.js';

describe('welcome email', () => {
  it('renders a text and an HTML part', () => {
    const mail = welcomeEmail({ fullName: 'Nguyễn Thị Linh', publicUrl: 'https://gofar.example' });
    expect(mail.subject.length).toBeGreaterThan(0);
    expect(mail.text.length).toBeGreaterThan(0);
    expect(mail.html).toContain('<!doctype html>');
    expect(mail.html).toContain('https://gofar.example');
  });

  it('keeps names in any script intact and escapes markup', () => {
    const mail = welcomeEmail({
      fullName: 'Aung <script>alert(1)</script> မောင်',
      publicUrl: 'https://gofar.example',
    });
    expect(mail.text).toContain('Hello Aung <script>alert(1)</script> မောင်,');
    expect(mail.html).toContain('Aung &lt;script&gt;alert(1)&lt;/script&gt; မောင်');
    expect(mail.html).not.toContain('<script>');
  });
});
