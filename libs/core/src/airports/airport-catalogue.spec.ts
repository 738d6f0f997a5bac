import {
  airportCatalogue,
  buildAirportCatalogue,
  findAirport,
  searchAirports,
} from './airport-catalogue.js';

describe('the airport catalogue', () => {
  it('knows the programme airports with their ISO country and canonical zone', () => {
    expect(findAirport('icn')).toMatchObject({
      iata: 'ICN',
      city: 'Seoul',
      country: 'KR',
      timezone: 'Asia/Seoul',
    });
    expect(findAirport('HAN')).toMatchObject({ country: 'VN', timezone: 'Asia/Ho_Chi_Minh' });
    // OpenFlights still says Asia/Saigon for Tan Son Nhat.
    expect(findAirport('SGN')).toMatchObject({ country: 'VN', timezone: 'Asia/Ho_Chi_Minh' });
    expect(findAirport('RGN')).toMatchObject({ country: 'MM', timezone: 'Asia/Yangon' });
    expect(findAirport('DIL')?.country).toBe('TL');
    expect(findAirport('JFK')?.country).toBe('US');
    expect(findAirport('ZZZ')).toBeNull();
  });

  it('maps every country name of the data to an ISO code', () => {
    const unmapped = [...airportCatalogue().values()].filter((airport) => !airport.country);
    expect(unmapped.map((airport) => airport.iata)).toEqual([]);
    expect(airportCatalogue().size).toBeGreaterThan(5000);
  });

  it('skips entries without an IATA code or a zone, and keeps a code listed twice once', () => {
    const catalogue = buildAirportCatalogue([
      { iata: null, name: 'No code', city: 'X', country: 'Vietnam', tz: 'Asia/Saigon' },
      { iata: 'AAA', name: 'No zone', city: 'X', country: 'Vietnam', tz: null },
      { iata: 'BBB', name: 'Bad zone', city: 'X', country: 'Vietnam', tz: 'Mars/Olympus' },
      { iata: 'CCC', name: 'First', city: 'Hồ Chí Minh', country: 'Vietnam', tz: 'Asia/Saigon' },
      { iata: 'CCC', name: 'Second', city: 'Y', country: 'Nowhere', tz: 'Asia/Seoul' },
      { iata: 'DDD', name: 'Unknown', city: 'Z', country: 'Atlantis', tz: 'Asia/Seoul' },
    ]);
    expect([...catalogue.keys()]).toEqual(['CCC', 'DDD']);
    expect(catalogue.get('CCC')).toMatchObject({ name: 'First', timezone: 'Asia/Ho_Chi_Minh' });
    expect(catalogue.get('DDD')?.country).toBeNull();
  });

  it('searches by code, city and name, ignoring case and accents, exact code first', () => {
    expect(searchAirports('icn')[0].iata).toBe('ICN');
    expect(searchAirports('seoul').map((airport) => airport.iata)).toEqual(
      expect.arrayContaining(['ICN', 'GMP']),
    );
    expect(searchAirports('noi bai')[0].iata).toBe('HAN');
    expect(searchAirports('Nội Bài')[0].iata).toBe('HAN');
    expect(searchAirports('a', 5)).toHaveLength(5);
    expect(searchAirports('   ')).toEqual([]);
  });
});
