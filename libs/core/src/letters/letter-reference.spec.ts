import { newLetterReference, parseLetterReference } from './letter-reference.js';

describe('letter references', () => {
  it('writes GF and four groups of four Crockford base32 symbols', () => {
    for (let i = 0; i < 200; i++)
      expect(newLetterReference()).toMatch(/^GF(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
  });

  it('carries 80 random bits: all-zero and all-one bytes give the extreme symbols', () => {
    expect(newLetterReference((n) => Buffer.alloc(n, 0))).toBe('GF-0000-0000-0000-0000');
    expect(newLetterReference((n) => Buffer.alloc(n, 0xff))).toBe('GF-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    // 0x84 0x21 0x08 0x42 0x10 = 10000 10000 10000 10000 10000 10000 10000 10000: eight 16s (G).
    expect(
      newLetterReference((n) =>
        Buffer.from([0x84, 0x21, 0x08, 0x42, 0x10, 0x84, 0x21, 0x08, 0x42, 0x10].slice(0, n)),
      ),
    ).toBe('GF-GGGG-GGGG-GGGG-GGGG');
  });

  it('does not repeat itself', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => newLetterReference()));
    expect(seen.size).toBe(2000);
  });

  it('reads back what it writes', () => {
    const reference = newLetterReference();
    expect(parseLetterReference(reference)).toBe(reference);
  });

  it('forgives case, missing or extra dashes and spaces, and a missing prefix', () => {
    const canonical = 'GF-7KQ4-M2XD-9TPA-3VHC';
    for (const typed of [
      'gf-7kq4-m2xd-9tpa-3vhc',
      'GF7KQ4M2XD9TPA3VHC',
      '7KQ4-M2XD-9TPA-3VHC',
      '7kq4m2xd9tpa3vhc',
      ' GF 7KQ4 M2XD 9TPA 3VHC ',
      'GF--7KQ4-M2XD-9TPA-3VHC',
    ])
      expect(parseLetterReference(typed)).toBe(canonical);
  });

  it('reads O as zero and I or L as one', () => {
    expect(parseLetterReference('GF-OOOO-IIII-LLLL-oil0')).toBe('GF-0000-1111-1111-0110');
  });

  it('refuses what cannot be a reference', () => {
    for (const typed of [
      '',
      'GF',
      'GF-7KQ4-M2XD-9TPA',
      'GF-7KQ4-M2XD-9TPA-3VHC-0000',
      'GF-7KQ4-M2XD-9TPA-3VHU', // U is not in the alphabet
      'GF-7KQ4-M2XD-9TPA-3VH!',
      'XX-7KQ4-M2XD-9TPA-3VHC',
      'x'.repeat(1000),
    ])
      expect(parseLetterReference(typed)).toBeNull();
  });
});
