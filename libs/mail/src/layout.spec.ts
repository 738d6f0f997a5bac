import { escapeHtml, renderEmail } from './layout.js';

describe('email layout', () => {
  it('escapes markup for the HTML part', () => {
    expect(escapeHtml(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
  });

  it('renders both parts, the text one unescaped', () => {
    const mail = renderEmail({
      subject: 'Hi',
      greeting: 'Hello <A>,',
      paragraphs: ['One.'],
      action: { label: 'Open', url: 'https://gofar.example/x' },
    });
    expect(mail.text).toContain('Hello <A>,');
    expect(mail.text).toContain('Open: https://gofar.example/x');
    expect(mail.html).toContain('<!doctype html>');
    expect(mail.html).toContain('Hello &lt;A&gt;,');
  });
});
