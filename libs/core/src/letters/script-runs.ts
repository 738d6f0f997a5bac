/** The scripts an invitation letter has a font for; everything else is set in Noto Sans. */
export type LetterScript = 'latin' | 'hangul' | 'thai' | 'myanmar';

/** A stretch of text in one script, to be set in that script's font. */
export interface ScriptRun {
  script: LetterScript;
  text: string;
}

function scriptOf(codePoint: number): LetterScript | null {
  if (
    (codePoint >= 0x1100 && codePoint <= 0x11ff) || // Hangul Jamo
    (codePoint >= 0x3130 && codePoint <= 0x318f) || // Hangul compatibility Jamo
    (codePoint >= 0xa960 && codePoint <= 0xa97f) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7ff) || // syllables and Jamo extended-B
    (codePoint >= 0x3000 && codePoint <= 0x303f) || // CJK punctuation
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) || // Hanja
    (codePoint >= 0xff00 && codePoint <= 0xffef) // full-width forms
  )
    return 'hangul';
  if (codePoint >= 0x0e00 && codePoint <= 0x0e7f) return 'thai';
  if (
    (codePoint >= 0x1000 && codePoint <= 0x109f) ||
    (codePoint >= 0xa9e0 && codePoint <= 0xa9ff) ||
    (codePoint >= 0xaa60 && codePoint <= 0xaa7f)
  )
    return 'myanmar';
  // Spaces, punctuation, digits, joiners and combining marks take the script around them.
  if (
    codePoint <= 0x40 ||
    (codePoint >= 0x5b && codePoint <= 0x60) ||
    (codePoint >= 0x7b && codePoint <= 0xbf) ||
    (codePoint >= 0x0300 && codePoint <= 0x036f) ||
    (codePoint >= 0x2000 && codePoint <= 0x206f)
  )
    return null;
  return 'latin';
}

/**
 * Splits text into runs by script, so each run can be set in a font that has its glyphs (no
 * single Noto font covers Vietnamese, Hangul, Thai and Burmese). Neutral characters (spaces,
 * punctuation, digits, zero-width joiners, combining marks) stay with the run they are in, so a
 * Burmese name keeps its joiners and "김민지 (Kim)" splits only where the script changes.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let pending = '';
  for (const character of text) {
    const script = scriptOf(character.codePointAt(0)!);
    const last = runs[runs.length - 1];
    if (script === null) {
      if (last) last.text += character;
      else pending += character;
    } else if (last && last.script === script) {
      last.text += character;
    } else {
      runs.push({ script, text: pending + character });
      pending = '';
    }
  }
  if (pending) runs.push({ script: 'latin', text: pending });
  return runs;
}
