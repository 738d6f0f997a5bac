/** The demo installation: one centre, its people and two programmes. Invented, but plausible. */
export const DEMO_PASSWORD = 'gofar-demo-2027';

export const DEMO_ORGANIZATION = 'ASEAN-Korea Youth Exchange Centre';

export const DEMO_ORGANIZER = { email: 'organizer@gofar.local', fullName: 'Park Ji-won' };

export const DEMO_STAFF = [
  { email: 'staff.seoul@gofar.local', fullName: 'Lee Seo-yeon' },
  { email: 'staff.hanoi@gofar.local', fullName: 'Tran Minh Duc' },
];

/** The ten ASEAN members of 2023 and Korea. */
export const WORKSHOP_COUNTRIES = [
  'BN',
  'KH',
  'ID',
  'LA',
  'MY',
  'MM',
  'PH',
  'SG',
  'TH',
  'VN',
  'KR',
];

export const DEMO_WORKSHOP = {
  title: 'ASEAN-Korea Youth Network Workshop 2027',
  kind: 'workshop' as const,
  description:
    'Nine days for 48 young people from the ten ASEAN countries and Korea: five days in Seoul, a morning flight to Hanoi, ' +
    'and three days in Hanoi, with lectures, site visits, team missions and cultural exchange.',
  timezone: 'Asia/Seoul',
  startsOn: '2027-07-12',
  endsOn: '2027-07-20',
  capacity: 48,
  // Five seats per ASEAN country and eight for Korea; other nationalities are not eligible.
  countryQuotas: Object.fromEntries(
    WORKSHOP_COUNTRIES.map((country) => [country, country === 'KR' ? 8 : 5]),
  ),
  defaultCountryQuota: 0,
  requiresApproval: false,
  itineraryVisibility: 'participants' as const,
};

export const DEMO_FORUM = {
  title: 'ASEAN-Korea Forum on Electric Mobility',
  kind: 'forum' as const,
  description:
    'A one-day business forum on electric vehicles, batteries and charging networks across ASEAN and Korea.',
  timezone: 'Asia/Jakarta',
  startsOn: '2027-09-08',
  endsOn: '2027-09-08',
  capacity: 400,
  requiresApproval: false,
  itineraryVisibility: 'public' as const,
};

/** The workshop's three team missions. */
export const DEMO_MISSIONS = [
  {
    title: 'Plastic-free campuses',
    description:
      'Design a campaign that students in all eleven countries could run in the same week.',
    maxScore: 100,
  },
  {
    title: 'A bridge of stories',
    description:
      'Record five short interviews that show how young people in ASEAN and Korea see each other.',
    maxScore: 100,
  },
  {
    title: 'Pitch to the ministers',
    description: 'A five-minute pitch of one policy idea for the next ASEAN-Korea summit.',
    maxScore: 100,
  },
];
