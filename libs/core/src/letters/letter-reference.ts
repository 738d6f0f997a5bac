import { randomBytes } from 'node:crypto';

/** Crockford's base32 alphabet: digits and letters without I, L, O and U. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = 'GF';
/** 16 symbols of 5 bits: 80 random bits, printed in four groups of four. */
const SYMBOLS = 16;
const GROUP = 4;

/**
 * A new letter reference such as `GF-7KQ4-M2XD-9TPA-3VHC`: 80 random bits in Crockford base32,
 * grouped for reading aloud and typing by hand. Unguessable, so the public verification page
 * cannot be walked.
 */
export function newLetterReference(random: (bytes: number) => Buffer = randomBytes): string {
  const bytes = random((SYMBOLS * 5) / 8);
  let bits = 0;
  let value = 0;
  let symbols = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      symbols += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return formatSymbols(symbols);
}

function formatSymbols(symbols: string): string {
  const groups = symbols.match(new RegExp(`.{${GROUP}}`, 'g')) ?? [];
  return [PREFIX, ...groups].join('-');
}

/**
 * The canonical form of a reference as someone typed or scanned it, or null when it cannot be
 * one: case does not matter, dashes and spaces may be missing or extra, the `GF` prefix may be
 * left out, and the letters people confuse with digits read as those digits (O → 0, I and L → 1).
 */
export function parseLetterReference(input: string): string | null {
  if (input.length > 64) return null;
  let text = input.toUpperCase().replace(/[\s\-–—]/g, '');
  if (text.length === PREFIX.length + SYMBOLS && text.startsWith(PREFIX))
    text = text.slice(PREFIX.length);
  if (text.length !== SYMBOLS) return null;
  const symbols = text.replace(/O/g, '0').replace(/[IL]/g, '1');
  for (const symbol of symbols) if (!ALPHABET.includes(symbol)) return null;
  return formatSymbols(symbols);
}
