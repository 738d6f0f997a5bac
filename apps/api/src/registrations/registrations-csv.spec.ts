import { neutralizeFormula } from './registrations-csv.js';

describe('CSV formula neutralisation', () => {
  it.each(['=SUM(A1)', '+84 912', '-2+3', '@cmd', '\tx', '\rx'])('prefixes %p', (value) => {
    expect(neutralizeFormula(value)).toBe(`'${value}`);
  });

  it.each(['김민준', 'Nguyễn', 'สมชาย', 'မောင်', 'plain', ''])('leaves %p alone', (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });
});
