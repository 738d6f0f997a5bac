import type { TravelInput } from '../travel/index.js';

/** Flights into Seoul on the eve of the workshop, in two waves: the demo's two Incheon pickups. */
const ICN_WAVES = [
  // 14:05 to 15:30 Seoul time: one pickup (within 90 minutes of the first landing).
  ['14:05', '14:20', '14:35', '14:50', '15:05', '15:20', '15:30'],
  // 19:10 to 20:35: the second.
  ['19:10', '19:25', '19:40', '19:55', '20:10', '20:20', '20:35'],
];

const AIRLINES: Record<string, string> = {
  BN: 'BI',
  KH: 'KR',
  ID: 'GA',
  LA: 'QV',
  MY: 'MH',
  MM: 'UB',
  PH: 'PR',
  SG: 'SQ',
  TH: 'TG',
  VN: 'VN',
};

/**
 * The travel record of the demo's `position`-th confirmed workshop participant, or null for
 * the few who have not given theirs yet (they fill the console's "missing" list). Korean
 * participants come by ground; two land at Gimpo; everyone else lands at Incheon in one of two
 * waves. Nearly everyone flies home from Hanoi.
 */
export function demoTravel(
  position: number,
  nationality: string,
  passportName: string,
): TravelInput | null {
  if (position % 12 === 5) return null;
  const airline = AIRLINES[nationality] ?? 'KE';
  const flight = (offset: number) => `${airline}${400 + ((position * 7 + offset) % 500)}`;
  const arrival: TravelInput['arrival'] =
    nationality === 'KR'
      ? { mode: 'ground' }
      : position % 17 === 3
        ? {
            mode: 'flight',
            flightNumber: flight(0),
            airport: 'GMP',
            at: '2027-07-11T16:45:00+09:00',
          }
        : {
            mode: 'flight',
            flightNumber: flight(0),
            airport: 'ICN',
            at: `2027-07-11T${ICN_WAVES[position % 2]![Math.floor(position / 2) % 7]}:00+09:00`,
            terminal: position % 3 === 0 ? 'T2' : 'T1',
          };
  const departure: TravelInput['departure'] =
    position % 10 === 7
      ? null
      : {
          mode: 'flight',
          flightNumber: flight(1),
          airport: 'HAN',
          at: position % 2 ? '2027-07-20T23:55:00+07:00' : '2027-07-21T10:30:00+07:00',
        };
  return {
    phone: `+8490${String(1_000_000 + position * 7919).slice(-7)}`,
    arrival,
    departure,
    visaNeededFor: ['KR', 'VN'].filter((country) => country !== nationality && position % 4 !== 0),
    roomSharing: position % 9 === 4 ? 'single' : null,
    passport:
      position % 8 === 6
        ? undefined
        : {
            number: `${nationality}${String(3_000_000 + position * 104_729).slice(-7)}`,
            issuingCountry: nationality,
            expiresOn: position % 15 === 2 ? '2027-11-30' : '2031-06-30',
            fullNameAsInPassport: passportName,
          },
  };
}

/** The name as printed in a passport: upper-case Latin, accents dropped. */
export function passportForm(fullName: string): string {
  return fullName
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase();
}
