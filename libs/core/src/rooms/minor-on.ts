/**
 * Whether someone born on `dateOfBirth` is under 18 on the local calendar date `on` (both
 * `YYYY-MM-DD`). Computed on calendar dates, never instants or day counts: the eighteenth
 * birthday is the same month and day eighteen years on, and comparing ISO dates as text orders
 * them. Someone born on 29 February is an adult from 1 March in a year without a 29th (the
 * missing `YYYY-02-29` sorts between the 28th and the 1st).
 */
export function isMinorOn(dateOfBirth: string, on: string): boolean {
  const year = Number(dateOfBirth.slice(0, 4));
  const eighteenthBirthday = `${String(year + 18).padStart(4, '0')}${dateOfBirth.slice(4)}`;
  return on < eighteenthBirthday;
}
