import { stringify } from 'csv-stringify/sync';
import type { AccommodationView } from '#core/rooms/index.js';
import { neutralizeFormula } from '../registrations/registrations-csv.js';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The rooming list a hotel asks for: one row per guest, room by room, with the name as in the
 * passport (the hotel checks passports at the desk; the full name when no passport is on
 * record). UTF-8 with a byte-order mark so spreadsheet programs keep every script intact. It
 * never carries a passport number, a date of birth or anything the hotel does not need.
 */
export function roomingListCsv(view: AccommodationView): string {
  const header = ['room', 'name', 'roomSharing', 'nationality', 'nights'];
  const rows = view.rooms.flatMap(({ room, occupants }) =>
    occupants.map((occupant) => [
      room.label,
      occupant.fullNameAsInPassport?.trim() || occupant.fullName,
      occupant.roomSharing,
      occupant.nationality,
      String(view.nights),
    ]),
  );
  return (
    BYTE_ORDER_MARK +
    stringify([header, ...rows.map((row) => row.map((cell) => neutralizeFormula(cell)))])
  );
}
