/**
 * Whether a person born on `dateOfBirth` is under 18 on `startsOn` (both local dates,
 * YYYY-MM-DD): `startsOn` < `dateOfBirth` + 18 years, a 29 February birthday counting from
 * 1 March. The API enforces the same rule (422 GUARDIAN_CONSENT_REQUIRED); the form only uses
 * it to show the guardian's section when it will be needed.
 */
export function isMinorOn(dateOfBirth: string, startsOn: string): boolean {
  const birth = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth);
  if (!birth || !/^\d{4}-\d{2}-\d{2}$/.test(startsOn)) return false;
  const year = Number(birth[1]) + 18;
  let month = birth[2];
  let day = birth[3];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === '02' && day === '29' && !leap) {
    month = '03';
    day = '01';
  }
  const adultOn = `${String(year).padStart(4, '0')}-${month}-${day}`;
  return startsOn < adultOn;
}
