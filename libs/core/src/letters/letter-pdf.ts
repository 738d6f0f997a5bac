import { createRequire } from 'node:module';
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { LetterSnapshot } from './letter-snapshot.js';
import { type LetterScript, scriptRuns } from './script-runs.js';

const require = createRequire(import.meta.url);

type Weight = 'regular' | 'bold';

/** The Noto family of each script, from the npm packages (complete TrueType fonts). */
const FONT_FILES: Record<LetterScript, Record<Weight, string>> = {
  latin: {
    regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  },
  hangul: {
    regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  },
  thai: {
    regular: '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf',
  },
  myanmar: {
    regular: '@expo-google-fonts/noto-sans-myanmar/400Regular/NotoSansMyanmar_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-myanmar/700Bold/NotoSansMyanmar_700Bold.ttf',
  },
};

const fontName = (script: LetterScript, weight: Weight) => `${script}-${weight}`;

const INK = '#1a1a1a';
const MUTED = '#555555';
const ACCENT = '#1f4e79';
const MARGIN = 64;

const EVENT_KIND_WORDS: Record<string, string> = {
  workshop: 'workshop',
  forum: 'forum',
  conference: 'conference',
  seminar: 'seminar',
  other: 'programme',
};

/** `12 July 2027`: an unambiguous date for officers of any country. */
const longDate = (date: string) =>
  DateTime.fromISO(date, { zone: 'UTC' }).setLocale('en-GB').toFormat('d MMMM yyyy');

const countryName = (code: string) =>
  new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The period of the programme held in the destination country, in words. */
function programmePeriod(snapshot: LetterSnapshot): string {
  const { firstDay, lastDay, cities } = snapshot.programme;
  const dates =
    firstDay === lastDay
      ? `on ${longDate(firstDay)}`
      : `from ${longDate(firstDay)} to ${longDate(lastDay)}`;
  return cities.length ? `in ${listOf(cities)} ${dates}` : dates;
}

/**
 * Writes text that may mix scripts: each run is set in its script's font, one after the other
 * on the same lines (pdfkit's `continued`), so a Korean, Thai or Burmese name in a sentence
 * keeps its glyphs.
 */
function write(
  doc: PDFKit.PDFDocument,
  text: string,
  options: PDFKit.Mixins.TextOptions & { weight?: Weight; size?: number; color?: string } = {},
): void {
  const { weight = 'regular', size = 10.5, color = INK, ...textOptions } = options;
  const runs = scriptRuns(text);
  if (!runs.length) runs.push({ script: 'latin', text: ' ' });
  doc.fontSize(size).fillColor(color);
  runs.forEach((run, index) => {
    doc.font(fontName(run.script, weight));
    const last = index === runs.length - 1;
    // Noto Sans's ccmp splits Vietnamese letters such as ị into a base and a mark whose glyph
    // maps back to no character, so the text would copy and search as "Thi"; precomposed
    // glyphs keep it "Thị". Thai and Burmese need ccmp to shape, and keep it.
    // (fontkit takes an object of overrides; pdfkit's types know only a list of features to add.)
    const features = (run.script === 'latin' ? { ccmp: false } : undefined) as unknown as
      PDFKit.Mixins.TextOptions['features'] | undefined;
    if (index === 0) doc.text(run.text, { ...textOptions, features, continued: !last });
    else doc.text(run.text, { features, continued: !last });
  });
}

/** A two-column row of the participant's details: label, then value. */
function detailRow(doc: PDFKit.PDFDocument, label: string, value: string): void {
  const top = doc.y;
  const labelWidth = 150;
  doc.font(fontName('latin', 'regular')).fontSize(10).fillColor(MUTED);
  doc.text(label, MARGIN + 12, top, { width: labelWidth });
  const labelBottom = doc.y;
  doc.y = top;
  doc.x = MARGIN + 12 + labelWidth;
  write(doc, value, {
    weight: 'bold',
    size: 10.5,
    width: doc.page.width - 2 * MARGIN - labelWidth - 24,
  });
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, labelBottom) + 3;
}

/**
 * Renders an invitation letter from its snapshot as an A4 PDF that looks like what consulates
 * receive from institutions: a letterhead, the date and reference, the addressee, the body,
 * the participant's passport details, who covers which costs, a signature block and a QR code
 * of the public verification address.
 */
export async function renderLetterPdf(snapshot: LetterSnapshot): Promise<Buffer> {
  const qr = await QRCode.toBuffer(snapshot.verificationUrl, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    scale: 8,
  });
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: 48, left: MARGIN, right: MARGIN },
    info: {
      Title: `Invitation letter ${snapshot.reference}`,
      Author: snapshot.organization.name,
      Subject: snapshot.event.title,
    },
  });
  for (const [script, weights] of Object.entries(FONT_FILES))
    for (const [weight, file] of Object.entries(weights))
      doc.registerFont(fontName(script as LetterScript, weight as Weight), require.resolve(file));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const { participant, event, signatory } = snapshot;

  // Letterhead: the organization, a rule, the document's nature.
  doc.rect(0, 0, doc.page.width, 10).fill(ACCENT);
  doc.y = MARGIN - 16;
  write(doc, snapshot.organization.name, { weight: 'bold', size: 18, color: ACCENT, width });
  write(doc, 'Official invitation for visa purposes', { size: 9.5, color: MUTED, width });
  doc.moveDown(0.4);
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .lineWidth(1)
    .strokeColor(ACCENT)
    .stroke();
  doc.moveDown(1.2);

  // Date and reference on the right, addressee on the left.
  const top = doc.y;
  write(doc, longDate(snapshot.issuedOn), { align: 'right', width });
  write(doc, `Reference: ${snapshot.reference}`, { align: 'right', width, weight: 'bold' });
  doc.y = top;
  doc.x = MARGIN;
  write(doc, 'To the consular officer', { weight: 'bold', width: width / 2 });
  write(doc, `Embassy or consulate of ${countryName(snapshot.country)}`, { width: width / 2 });
  doc.moveDown(1.5);

  write(doc, `Subject: invitation to ${event.title}`, { weight: 'bold', size: 11.5, width });
  doc.moveDown(0.8);
  write(doc, 'Dear Sir or Madam,', { width });
  doc.moveDown(0.6);
  const kind = EVENT_KIND_WORDS[event.kind] ?? 'programme';
  const eventDates =
    event.startsOn === event.endsOn
      ? `on ${longDate(event.startsOn)}`
      : `from ${longDate(event.startsOn)} to ${longDate(event.endsOn)}`;
  write(
    doc,
    `${snapshot.organization.name} is pleased to invite the person named below to take part in ${event.title}, a ${kind} held ${eventDates}. The part of the programme held in ${countryName(snapshot.country)} takes place ${programmePeriod(snapshot)}.`,
    { width, align: 'justify', lineGap: 2 },
  );
  doc.moveDown(0.8);

  // The participant, exactly as in the passport.
  const boxTop = doc.y;
  doc.y += 8;
  detailRow(doc, 'Name as in passport', participant.nameAsInPassport);
  if (participant.fullName.trim() && participant.fullName !== participant.nameAsInPassport)
    detailRow(doc, 'Full name', participant.fullName);
  detailRow(doc, 'Nationality', countryName(participant.nationality));
  detailRow(doc, 'Date of birth', longDate(participant.dateOfBirth));
  detailRow(doc, 'Passport number', participant.passportNumber);
  if (participant.passportIssuingCountry)
    detailRow(doc, 'Passport issued by', countryName(participant.passportIssuingCountry));
  detailRow(doc, 'Passport valid until', longDate(participant.passportExpiresOn));
  doc.y += 5;
  doc
    .roundedRect(MARGIN, boxTop, width, doc.y - boxTop, 4)
    .lineWidth(0.6)
    .strokeColor('#9aa9b8')
    .stroke();
  doc.x = MARGIN;
  doc.moveDown(0.9);

  write(doc, 'Purpose of the visit', { weight: 'bold', width });
  write(
    doc,
    `The participant is invited solely to attend the ${kind} ${event.title}, organised by ${snapshot.organization.name}: lectures, site visits, team work and cultural exchange set out in the programme. The participant is expected to leave ${countryName(snapshot.country)} at the end of their part of the programme.`,
    { width, align: 'justify', lineGap: 2 },
  );
  doc.moveDown(0.6);
  write(doc, 'Costs', { weight: 'bold', width });
  write(doc, snapshot.costsCoveredBy, { width, align: 'justify', lineGap: 2 });
  doc.moveDown(0.6);
  write(
    doc,
    'The authenticity and validity of this letter can be checked by scanning the code below or at:',
    { width, lineGap: 2 },
  );
  write(doc, snapshot.verificationUrl, { width, weight: 'bold', color: ACCENT });
  doc.moveDown(0.6);
  write(
    doc,
    'We would be grateful for any assistance you can give the participant in obtaining a visa.',
    { width, lineGap: 2 },
  );
  doc.moveDown(1);
  write(doc, 'Yours faithfully,', { width });

  // Signature block on the left, the verification code on the right.
  const blockTop = doc.y + 8;
  const qrSize = 96;
  doc.image(qr, MARGIN + width - qrSize, blockTop, { width: qrSize, height: qrSize });
  doc.x = MARGIN;
  doc.y = blockTop + 40;
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + 200, doc.y)
    .lineWidth(0.5)
    .strokeColor(MUTED)
    .stroke();
  doc.y += 4;
  write(doc, signatory.name, { weight: 'bold', width: width - qrSize - 16 });
  write(doc, signatory.title, { width: width - qrSize - 16 });
  write(doc, snapshot.organization.name, { width: width - qrSize - 16, color: MUTED });
  doc.y = Math.max(doc.y, blockTop + qrSize) + 2;
  write(doc, snapshot.reference, {
    align: 'right',
    width,
    size: 8.5,
    color: MUTED,
  });

  doc.end();
  return done;
}
