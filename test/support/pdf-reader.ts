import jsQR from 'jsqr';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a test reads back from a PDF: each page's text, and what its QR codes say. */
export interface ReadPdf {
  pages: number;
  /** The text of every page, lines joined by newlines (pdfjs-dist getTextContent). */
  text: string;
  /** The decoded content of every QR code drawn as an image. */
  qrCodes: string[];
}

/** RGBA pixels of an image pdfjs decoded, whatever its kind (1-bit grey, RGB or RGBA). */
function rgbaOf(image: { width: number; height: number; kind: number; data: Uint8ClampedArray }) {
  const pixels = image.width * image.height;
  if (image.kind === pdfjs.ImageKind.RGBA_32BPP) return new Uint8ClampedArray(image.data);
  const rgba = new Uint8ClampedArray(pixels * 4);
  for (let i = 0; i < pixels; i++) {
    let value: [number, number, number];
    if (image.kind === pdfjs.ImageKind.RGB_24BPP)
      value = [image.data[i * 3]!, image.data[i * 3 + 1]!, image.data[i * 3 + 2]!];
    else {
      const rowBytes = Math.ceil(image.width / 8);
      const x = i % image.width;
      const y = Math.floor(i / image.width);
      const bit = (image.data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1;
      value = bit ? [255, 255, 255] : [0, 0, 0];
    }
    rgba.set([...value, 255], i * 4);
  }
  return rgba;
}

/**
 * Reads a PDF as a person would: its text (which proves glyphs were mapped to characters, not
 * dropped or boxed) and its QR codes (each image object's pixels decoded with jsQR).
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const texts: string[] = [];
  const qrCodes: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join(''),
    );
    const operators = await page.getOperatorList();
    for (let index = 0; index < operators.fnArray.length; index++) {
      if (operators.fnArray[index] !== pdfjs.OPS.paintImageXObject) continue;
      const name = operators.argsArray[index][0] as string;
      const image = await new Promise<{
        width: number;
        height: number;
        kind: number;
        data: Uint8ClampedArray;
      }>((resolve) => page.objs.get(name, resolve));
      const code = jsQR(rgbaOf(image), image.width, image.height);
      if (code) qrCodes.push(code.data);
    }
  }
  await document.destroy();
  return { pages: document.numPages, text: texts.join('\n'), qrCodes };
}
