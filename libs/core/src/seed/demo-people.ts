/** Invented but plausible names per nationality, for the demo participants. */
const NAMES: Record<
  string,
  { given: string[]; family: string[]; order: 'given-first' | 'family-first' }
> = {
  BN: {
    given: ['Hazwan', 'Nurul', 'Aqilah', 'Haziq', 'Syafiqah'],
    family: ['Abdullah', 'Hamid', 'Yusof', 'Rahman', 'Ismail'],
    order: 'given-first',
  },
  KH: {
    given: ['Sokha', 'Dara', 'Sreymom', 'Vannak', 'Bopha'],
    family: ['Chea', 'Sok', 'Heng', 'Kim', 'Phan'],
    order: 'family-first',
  },
  ID: {
    given: ['Putri', 'Rizky', 'Ayu', 'Bagus', 'Dewi'],
    family: ['Santoso', 'Wijaya', 'Lestari', 'Pratama', 'Kusuma'],
    order: 'given-first',
  },
  LA: {
    given: ['Souksavanh', 'Phonesavanh', 'Keo', 'Manivone', 'Vilay'],
    family: ['Phommachanh', 'Sisouk', 'Vongsa', 'Inthavong', 'Keomany'],
    order: 'given-first',
  },
  MY: {
    given: ['Aisyah', 'Daniel', 'Mei Ling', 'Arjun', 'Farhan'],
    family: ['Tan', 'Hassan', 'Lim', 'Nair', 'Ahmad'],
    order: 'given-first',
  },
  MM: {
    given: ['Aung Ko', 'Thandar', 'Min Htet', 'Su Myat', 'Zaw Lin'],
    family: ['', '', '', '', ''],
    order: 'given-first',
  },
  PH: {
    given: ['Maria Clara', 'Joshua', 'Angelica', 'Paolo', 'Kristine'],
    family: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia'],
    order: 'given-first',
  },
  SG: {
    given: ['Wei Jie', 'Priya', 'Hui Min', 'Irfan', 'Rachel'],
    family: ['Ng', 'Raman', 'Koh', 'Salleh', 'Teo'],
    order: 'given-first',
  },
  TH: {
    given: ['Siriporn', 'Kittipong', 'Napat', 'Chanida', 'Thanawat'],
    family: ['Srisuk', 'Wongsawat', 'Chaiyaporn', 'Rattanakul', 'Boonmee'],
    order: 'given-first',
  },
  VN: {
    given: ['Thi Linh', 'Van Duc', 'Thu Trang', 'Minh Anh', 'Quoc Bao'],
    family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang'],
    order: 'family-first',
  },
  TL: {
    given: ['Joana', 'Mateus', 'Cecilia', 'Nelson', 'Rosalina'],
    family: ['da Costa', 'Soares', 'Pereira', 'Ximenes', 'Guterres'],
    order: 'given-first',
  },
  KR: {
    given: ['Ji-woo', 'Min-jun', 'Seo-yeon', 'Ha-eun', 'Do-yun', 'Yu-na', 'Ji-ho', 'Soo-ah'],
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Jang'],
    order: 'family-first',
  },
};

const OTHER_COUNTRIES = ['JP', 'CN', 'IN', 'AU', 'US', 'FR', 'DE', 'GB'];

export function demoName(country: string, index: number): string {
  const names = NAMES[country];
  if (!names) return `Guest ${country} ${index + 1}`;
  const given = names.given[index % names.given.length]!;
  const family =
    names.family[Math.floor(index / names.given.length + index) % names.family.length]!;
  if (!family) return given;
  return names.order === 'family-first' ? `${family} ${given}` : `${given} ${family}`;
}

/** A date of birth between 1997 and 2006, spread deterministically. */
export function demoDateOfBirth(index: number): string {
  const year = 1997 + (index % 10);
  const month = 1 + ((index * 7) % 12);
  const day = 1 + ((index * 13) % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function demoDiet(country: string, index: number): string[] {
  if (['BN', 'ID', 'MY'].includes(country) && index % 2 === 0) return ['halal'];
  if (index % 7 === 0) return ['vegetarian'];
  if (index % 11 === 0) return ['no seafood'];
  return [];
}

/** Forum registrants come from everywhere: mostly ASEAN and Korea, some from further away. */
export function forumCountry(index: number): string {
  const all = Object.keys(NAMES);
  return index % 6 === 5
    ? OTHER_COUNTRIES[index % OTHER_COUNTRIES.length]!
    : all[index % all.length]!;
}
