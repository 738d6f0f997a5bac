import { utcOffset } from '../format/time';

/**
 * Browsers list zones by their CLDR names, some of which are IANA's old ones ("Asia/Saigon");
 * the API stores the current IANA name ("Asia/Ho_Chi_Minh"), so the list uses those.
 */
const CURRENT_NAMES: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

export function currentZoneName(zone: string): string {
  return CURRENT_NAMES[zone] ?? zone;
}

/** Every zone the browser knows, by its current IANA name, with its offset now. */
export function zoneOptions(extra: (string | null)[] = [], now = new Date()) {
  const zones = new Set(Intl.supportedValuesOf('timeZone').map(currentZoneName));
  for (const zone of extra) if (zone) zones.add(zone);
  return [...zones].sort().map((zone) => ({
    value: zone,
    label: `${zone.replace(/_/g, ' ')} (${utcOffset(zone, now)})`,
  }));
}
