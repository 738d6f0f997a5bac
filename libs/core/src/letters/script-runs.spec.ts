import { scriptRuns } from './script-runs.js';

describe('script runs', () => {
  it('keeps Vietnamese, with its diacritics, in one Latin run', () => {
    expect(scriptRuns('Nguyễn Thị Ánh')).toEqual([{ script: 'latin', text: 'Nguyễn Thị Ánh' }]);
  });

  it('splits where the script changes and keeps neutral characters with the run before', () => {
    expect(scriptRuns('Name: 김민지 (Kim Min-ji), สมชาย, မောင်')).toEqual([
      { script: 'latin', text: 'Name: ' },
      { script: 'hangul', text: '김민지 (' },
      { script: 'latin', text: 'Kim Min-ji), ' },
      { script: 'thai', text: 'สมชาย, ' },
      { script: 'myanmar', text: 'မောင်' },
    ]);
  });

  it('keeps zero-width joiners inside a Burmese run, and leading punctuation with the first run', () => {
    expect(scriptRuns('“မြန်\u200cမာ”')).toEqual([{ script: 'myanmar', text: '“မြန်\u200cမာ”' }]);
    expect(scriptRuns('12 ')).toEqual([{ script: 'latin', text: '12 ' }]);
    expect(scriptRuns('')).toEqual([]);
  });
});
