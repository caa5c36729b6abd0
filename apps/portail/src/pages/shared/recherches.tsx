import { Select, SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';

interface Choix {
  value: string;
  label: string;
}

/**
 * A searchable list filled by the API (which searches accent- and case-insensitively): the
 * options are the server's, not filtered again here. Keyboard: type, arrows, Enter.
 */
export function RechercheServeur(
  props: Omit<SelectProps, 'data' | 'onChange'> & {
    selected: Choix | null;
    search: (q: string) => Promise<Choix[]>;
    queryKey: string;
    onChoice: (c: Choix | null) => void;
  },
) {
  const { selected, search, queryKey, onChoice, ...rest } = props;
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 200);
  const { data = [], isFetching } = useQuery({
    queryKey: [queryKey, debounced],
    queryFn: () => search(debounced),
    enabled: debounced.trim().length >= 2 && debounced !== selected?.label,
    placeholderData: (previous) => previous,
  });
  const options =
    selected && !data.some((d) => d.value === selected.value) ? [selected, ...data] : data;
  return (
    <Select
      {...rest}
      searchable
      clearable
      data={options}
      value={selected?.value ?? null}
      searchValue={q}
      onSearchChange={setQ}
      filter={({ options: all }) => all}
      nothingFoundMessage={
        debounced.length >= 2 && !isFetching ? 'Aucun résultat' : 'Tapez au moins 2 lettres'
      }
      onChange={(value) => onChoice(options.find((o) => o.value === value) ?? null)}
      // The list exists while open only (Mantine keeps it mounted, hidden, by default): placing
      // it measures the page as it mounts, a forced layout of the whole page (bench/portail-offres.ts).
      comboboxProps={{ withinPortal: true, keepMounted: false }}
    />
  );
}

/** A trade: a ROME fiche or one of its appellations (value "G1803|38252"). */
export function MetierSelect(
  p: Omit<SelectProps, 'data' | 'onChange'> & {
    selected: Choix | null;
    onChoice: (c: Choix | null) => void;
  },
) {
  return (
    <RechercheServeur
      {...p}
      queryKey="rome"
      search={async (q) => {
        const fiches = await ok(
          api.GET('/referentiels/rome', { params: { query: { q, limit: 10 } as never } }),
        );
        return fiches.flatMap((f) => [
          ...f.appellations.map((a) => ({
            value: `${f.code}|${a.codeOgr}`,
            label: `${a.libelle} (${f.code})`,
          })),
          { value: `${f.code}|`, label: `${f.libelle} (${f.code})` },
        ]);
      }}
    />
  );
}

export function CommuneSelect(
  p: Omit<SelectProps, 'data' | 'onChange'> & {
    selected: Choix | null;
    onChoice: (c: Choix | null) => void;
  },
) {
  return (
    <RechercheServeur
      {...p}
      queryKey="communes"
      search={async (q) => {
        const communes = await ok(
          api.GET('/referentiels/communes', { params: { query: { q } as never } }),
        );
        return communes.map((c) => ({
          value: c.codeInsee,
          label: `${c.nom} (${c.codesPostaux[0] ?? c.departement})`,
        }));
      }}
    />
  );
}
