import type { MailContent } from './mail-message.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML; every value that reaches a template goes through it. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

export interface EmailParts {
  subject: string;
  greeting: string;
  /** Paragraphs of plain text; escaped for the HTML part. */
  paragraphs: string[];
  action?: { label: string; url: string };
}

/**
 * Lays out one email in both parts: a plain-text body and a single-column HTML body that reads
 * well on a phone (no tables for layout, system fonts, 16px text).
 */
export function renderEmail(parts: EmailParts): MailContent {
  const text = [
    parts.greeting,
    '',
    ...parts.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`, ''] : []),
    '— Gofar',
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(parts.subject)}</title></head>
<body style="margin:0;padding:24px 16px;background:#f4f5f7;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:16px;line-height:1.5;color:#1f2933">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 16px">${escapeHtml(parts.greeting)}</p>
${parts.paragraphs.map((paragraph) => `<p style="margin:0 0 16px">${escapeHtml(paragraph)}</p>`).join('\n')}
${parts.action ? `<p style="margin:24px 0"><a href="${escapeHtml(parts.action.url)}" style="display:inline-block;background:#1e5aa8;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px">${escapeHtml(parts.action.label)}</a></p>` : ''}
<p style="margin:24px 0 0;color:#616e7c;font-size:14px">— Gofar</p>
</div></body></html>`;
  return { subject: parts.subject, text, html };
}
