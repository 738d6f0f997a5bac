import { Select } from '@mantine/core';
import { useState } from 'react';
import { useAirportSearch, type Airport } from './queries';

/**
 * An airport picked by typing its code, city or name; the answer names the airport's zone, in
 * which the person then types their times.
 */
export function AirportField({
  label,
  value,
  known,
  onChange,
  error,
}: {
  label: string;
  value: string;
  /** The airport as stored (code and zone), before the person searches anything. */
  known: Airport | null;
  onChange: (airport: Airport | null) => void;
  error?: React.ReactNode;
}) {
  const [search, setSearch] = useState('');
  const results = useAirportSearch(search);
  const found = results.data?.items ?? [];
  const options = [
    ...(known && !found.some((a) => a.iata === known.iata) ? [known] : []),
    ...found,
  ];
  return (
    <Select
      label={label}
      searchable
      clearable
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={search.trim().length >= 2 ? '—' : undefined}
      filter={({ options: all }) => all}
      data={options.map((airport) => ({
        value: airport.iata,
        label:
          airport.name === airport.iata
            ? airport.iata
            : `${airport.iata} · ${airport.name}${airport.city ? `, ${airport.city}` : ''}`,
      }))}
      onChange={(code) => onChange(options.find((airport) => airport.iata === code) ?? null)}
      error={error}
    />
  );
}
