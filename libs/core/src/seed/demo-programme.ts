import { DateTime } from 'luxon';
import type { SessionInput, SessionType, Venue } from '../itinerary/index.js';

const SEOUL = 'Asia/Seoul';
const HANOI = 'Asia/Ho_Chi_Minh';

const HOTEL_SEOUL: Venue = {
  name: 'Namsan Youth Hostel',
  city: 'Seoul',
  country: 'KR',
  address: '105 Sopa-ro, Jung-gu',
};
const CENTRE_SEOUL: Venue = {
  name: 'ASEAN-Korea Centre Hall',
  city: 'Seoul',
  country: 'KR',
  address: '124 Sejong-daero, Jung-gu',
};
const HOTEL_HANOI: Venue = {
  name: 'Hoan Kiem Garden Hotel',
  city: 'Hanoi',
  country: 'VN',
  address: '21 Hang Khay',
};
const CAMPUS_HANOI: Venue = {
  name: 'Hanoi Youth Innovation Hub',
  city: 'Hanoi',
  country: 'VN',
  address: '144 Xuan Thuy, Cau Giay',
};

type Slot = [
  start: string,
  end: string,
  title: string,
  type: SessionType,
  venue: Venue | null,
  mandatory?: boolean,
];

/** Days 1 to 5 in Seoul, day 6 the flight and an afternoon in Hanoi, days 7 to 9 in Hanoi. */
const DAYS: { date: string; zone: string; slots: Slot[] }[] = [
  {
    date: '2027-07-12',
    zone: SEOUL,
    slots: [
      ['13:00', '14:00', 'Arrival and registration desk', 'other', HOTEL_SEOUL],
      ['14:30', '16:00', 'Opening ceremony', 'ceremony', CENTRE_SEOUL, true],
      [
        '16:30',
        '18:00',
        'Lecture: 35 years of ASEAN-Korea dialogue',
        'lecture',
        CENTRE_SEOUL,
        true,
      ],
      ['18:30', '20:00', 'Welcome dinner', 'meal', HOTEL_SEOUL],
      [
        '20:00',
        '21:30',
        'Ice-breaking: introduce your country in three objects',
        'cultural_exchange',
        HOTEL_SEOUL,
      ],
    ],
  },
  {
    date: '2027-07-13',
    zone: SEOUL,
    slots: [
      ['07:30', '08:30', 'Breakfast', 'meal', HOTEL_SEOUL],
      [
        '09:00',
        '10:30',
        'Lecture: youth and the digital economy in ASEAN',
        'lecture',
        CENTRE_SEOUL,
        true,
      ],
      ['10:45', '12:15', 'Team formation workshop', 'team_mission', CENTRE_SEOUL, true],
      ['12:30', '13:30', 'Lunch', 'meal', CENTRE_SEOUL],
      [
        '14:00',
        '17:00',
        'Site visit: Seoul Startup Hub',
        'site_visit',
        { name: 'Seoul Startup Hub', city: 'Seoul', country: 'KR' },
      ],
      ['18:30', '20:00', 'Dinner', 'meal', HOTEL_SEOUL],
    ],
  },
  {
    date: '2027-07-14',
    zone: SEOUL,
    slots: [
      ['07:00', '08:00', 'Breakfast', 'meal', HOTEL_SEOUL],
      [
        '08:30',
        '13:00',
        'Site visit: the DMZ and the Unification Observatory',
        'site_visit',
        { name: 'Odusan Unification Observatory', city: 'Paju', country: 'KR' },
        true,
      ],
      ['13:30', '14:30', 'Lunch', 'meal', null],
      ['15:30', '17:30', 'Team mission block 1', 'team_mission', CENTRE_SEOUL],
      ['18:30', '20:00', 'Dinner', 'meal', HOTEL_SEOUL],
    ],
  },
  {
    date: '2027-07-15',
    zone: SEOUL,
    slots: [
      ['07:30', '08:30', 'Breakfast', 'meal', HOTEL_SEOUL],
      ['09:00', '10:30', 'Panel: climate action across the region', 'lecture', CENTRE_SEOUL, true],
      ['10:45', '12:15', 'Team mission block 2', 'team_mission', CENTRE_SEOUL],
      ['12:30', '13:30', 'Lunch', 'meal', CENTRE_SEOUL],
      [
        '14:00',
        '16:30',
        'Site visit: Gyeongbokgung Palace',
        'site_visit',
        { name: 'Gyeongbokgung Palace', city: 'Seoul', country: 'KR' },
      ],
      [
        '18:00',
        '21:00',
        'Cultural night: food and songs of eleven countries',
        'cultural_exchange',
        CENTRE_SEOUL,
      ],
    ],
  },
  {
    date: '2027-07-16',
    zone: SEOUL,
    slots: [
      ['07:30', '08:30', 'Breakfast', 'meal', HOTEL_SEOUL],
      ['09:00', '12:00', 'Team mission block 3: prototype day', 'team_mission', CENTRE_SEOUL, true],
      ['12:15', '13:15', 'Lunch', 'meal', CENTRE_SEOUL],
      ['14:00', '16:00', 'Mid-programme presentations', 'team_mission', CENTRE_SEOUL, true],
      ['16:30', '18:30', 'Free time in Myeongdong', 'free_time', null],
      ['19:00', '20:30', 'Farewell dinner in Seoul', 'meal', HOTEL_SEOUL],
    ],
  },
];

/** Day 6: the morning flight ICN 10:00 KST → HAN 12:30 ICT, then an afternoon in Hanoi. */
const TRAVEL_DAY: SessionInput[] = [
  {
    title: 'Breakfast and check-out',
    type: 'meal',
    startsAt: at('2027-07-17', '06:00', SEOUL),
    endsAt: at('2027-07-17', '06:45', SEOUL),
    timezone: SEOUL,
    venue: HOTEL_SEOUL,
  },
  {
    title: 'Flight ICN → HAN',
    type: 'travel',
    startsAt: at('2027-07-17', '10:00', SEOUL),
    endsAt: at('2027-07-17', '12:30', HANOI),
    timezone: SEOUL,
    endTimezone: HANOI,
    venue: { name: 'Incheon International Airport, Terminal 1', city: 'Incheon', country: 'KR' },
    description: 'Meet at the hotel lobby at 07:00 for the bus to Incheon.',
    mandatory: true,
  },
  {
    title: 'Hotel check-in',
    type: 'other',
    startsAt: at('2027-07-17', '14:30', HANOI),
    endsAt: at('2027-07-17', '15:30', HANOI),
    timezone: HANOI,
    venue: HOTEL_HANOI,
  },
  {
    title: 'Walk around Hoan Kiem Lake and the Old Quarter',
    type: 'cultural_exchange',
    startsAt: at('2027-07-17', '16:00', HANOI),
    endsAt: at('2027-07-17', '18:00', HANOI),
    timezone: HANOI,
    venue: { name: 'Hoan Kiem Lake', city: 'Hanoi', country: 'VN' },
  },
  {
    title: 'Welcome dinner in Hanoi',
    type: 'meal',
    startsAt: at('2027-07-17', '18:30', HANOI),
    endsAt: at('2027-07-17', '20:00', HANOI),
    timezone: HANOI,
    venue: HOTEL_HANOI,
  },
];

const HANOI_DAYS: { date: string; zone: string; slots: Slot[] }[] = [
  {
    date: '2027-07-18',
    zone: HANOI,
    slots: [
      ['07:00', '08:00', 'Breakfast', 'meal', HOTEL_HANOI],
      [
        '08:30',
        '10:00',
        'Lecture: Vietnam’s youth and the green transition',
        'lecture',
        CAMPUS_HANOI,
        true,
      ],
      ['10:15', '12:00', 'Team mission block 4', 'team_mission', CAMPUS_HANOI],
      ['12:00', '13:00', 'Lunch', 'meal', CAMPUS_HANOI],
      [
        '13:30',
        '16:30',
        'Site visit: Temple of Literature',
        'site_visit',
        { name: 'Temple of Literature', city: 'Hanoi', country: 'VN' },
      ],
      ['18:30', '20:00', 'Dinner', 'meal', HOTEL_HANOI],
    ],
  },
  {
    date: '2027-07-19',
    zone: HANOI,
    slots: [
      ['07:00', '08:00', 'Breakfast', 'meal', HOTEL_HANOI],
      [
        '08:30',
        '12:00',
        'Team mission block 5: final preparation',
        'team_mission',
        CAMPUS_HANOI,
        true,
      ],
      ['12:00', '13:00', 'Lunch', 'meal', CAMPUS_HANOI],
      [
        '13:30',
        '15:00',
        'Exchange with Vietnam National University students',
        'cultural_exchange',
        CAMPUS_HANOI,
      ],
      [
        '15:30',
        '17:30',
        'Site visit: a Hanoi social enterprise',
        'site_visit',
        { name: 'KOTO Training Centre', city: 'Hanoi', country: 'VN' },
      ],
      [
        '19:00',
        '21:00',
        'Water puppet show',
        'cultural_exchange',
        { name: 'Thang Long Water Puppet Theatre', city: 'Hanoi', country: 'VN' },
      ],
    ],
  },
  {
    date: '2027-07-20',
    zone: HANOI,
    slots: [
      ['07:00', '08:00', 'Breakfast', 'meal', HOTEL_HANOI],
      ['09:00', '11:30', 'Final mission presentations', 'team_mission', CAMPUS_HANOI, true],
      ['11:30', '12:30', 'Closing ceremony and certificates', 'ceremony', CAMPUS_HANOI, true],
      ['12:30', '14:00', 'Farewell lunch', 'meal', CAMPUS_HANOI],
      ['15:00', '17:00', 'Departures to Noi Bai airport', 'travel', HOTEL_HANOI],
    ],
  },
];

/** Short evening sessions: reflection circles and language tasters. */
const EVENINGS: typeof DAYS = [
  {
    date: '2027-07-13',
    zone: SEOUL,
    slots: [['20:15', '21:00', 'Reflection circle', 'other', HOTEL_SEOUL]],
  },
  {
    date: '2027-07-14',
    zone: SEOUL,
    slots: [['20:15', '21:00', 'Korean language taster', 'cultural_exchange', HOTEL_SEOUL]],
  },
  {
    date: '2027-07-15',
    zone: SEOUL,
    slots: [['21:15', '22:00', 'Reflection circle', 'other', HOTEL_SEOUL]],
  },
  {
    date: '2027-07-16',
    zone: SEOUL,
    slots: [['20:45', '21:30', 'Packing help desk', 'other', HOTEL_SEOUL]],
  },
  {
    date: '2027-07-18',
    zone: HANOI,
    slots: [['20:15', '21:00', 'Vietnamese language taster', 'cultural_exchange', HOTEL_HANOI]],
  },
  {
    date: '2027-07-19',
    zone: HANOI,
    slots: [['21:15', '22:00', 'Reflection circle', 'other', HOTEL_HANOI]],
  },
];

function at(date: string, time: string, zone: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toJSDate();
}

function fromSlots(days: typeof DAYS): SessionInput[] {
  return days.flatMap(({ date, zone, slots }) =>
    slots.map(([start, end, title, type, venue, mandatory]) => ({
      title,
      type,
      startsAt: at(date, start, zone),
      endsAt: at(date, end, zone),
      timezone: zone,
      venue,
      mandatory: mandatory ?? false,
    })),
  );
}

/** The workshop's nine days, in the zone of wherever each session happens. */
export const WORKSHOP_PROGRAMME: SessionInput[] = [
  ...fromSlots(DAYS),
  ...TRAVEL_DAY,
  ...fromSlots(HANOI_DAYS),
  ...fromSlots(EVENINGS),
];
