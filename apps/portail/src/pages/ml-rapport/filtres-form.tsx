import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { api, ok } from '../../api/client';
import { Filtres } from './use-filtres';
import classes from './rapport.module.css';

const codesQuery = {
  queryKey: ['referentiels', 'codes'],
  queryFn: () => ok(api.GET('/referentiels/codes', {})),
  staleTime: Infinity,
};

const creQuery = {
  queryKey: ['users', 'cre'],
  queryFn: () => ok(api.GET('/users', { params: { query: { role: 'cre' } } })),
};

/** Period, CRE, domain (and grouping for the network): applied to the URL on « Afficher ». */
export function FiltresForm({
  filtres,
  onChange,
  avecCre,
  avecPar,
}: {
  filtres: Filtres;
  onChange: (f: Filtres) => void;
  avecCre?: boolean;
  avecPar?: boolean;
}) {
  const [f, setF] = useState<Filtres>(filtres);
  const codes = useQuery(codesQuery);
  const cres = useQuery({ ...creQuery, enabled: !!avecCre });
  const annee = new Date().getFullYear();
  const annees = Array.from({ length: 5 }, (_, k) => String(annee - k));
  const anneeChoisie =
    f.du && f.au && f.du.endsWith('-01-01') && f.au === `${f.du.slice(0, 4)}-12-31`
      ? f.du.slice(0, 4)
      : f.du || f.au
        ? 'autre'
        : String(annee);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange(f);
  };
  return (
    <form onSubmit={submit} className={classes.filtres} aria-label="Filtres du rapport">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label="Année"
          value={anneeChoisie}
          data={[
            ...annees.map((a) => ({ value: a, label: a })),
            { value: 'autre', label: 'Autre période' },
          ]}
          onChange={(e) => {
            const a = e.currentTarget.value;
            if (a !== 'autre') setF({ ...f, du: `${a}-01-01`, au: `${a}-12-31` });
          }}
        />
        <TextInput
          type="date"
          label="Du"
          value={f.du ?? ''}
          onChange={(e) => setF({ ...f, du: e.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label="Au (inclus)"
          value={f.au ?? ''}
          onChange={(e) => setF({ ...f, au: e.currentTarget.value || undefined })}
        />
        {avecCre && (
          <NativeSelect
            label="CRE"
            value={f.cre ?? ''}
            data={[
              { value: '', label: 'Tous les CRE' },
              ...(cres.data ?? []).map((u) => ({ value: u.id, label: `${u.prenom} ${u.nom}` })),
            ]}
            onChange={(e) => setF({ ...f, cre: e.currentTarget.value || undefined })}
          />
        )}
        <NativeSelect
          label="Domaine ROME"
          value={f.domaine ?? ''}
          data={[
            { value: '', label: 'Tous les domaines' },
            ...(codes.data?.domainesRome ?? []).map((d) => ({
              value: d.code,
              label: `${d.code} — ${d.libelle}`,
            })),
          ]}
          onChange={(e) => setF({ ...f, domaine: e.currentTarget.value || undefined })}
          className={classes.domaine}
        />
        {avecPar && (
          <NativeSelect
            label="Regrouper par"
            value={f.par ?? 'region'}
            data={[
              { value: 'region', label: 'Région' },
              { value: 'departement', label: 'Département' },
            ]}
            onChange={(e) => setF({ ...f, par: e.currentTarget.value as 'region' | 'departement' })}
          />
        )}
        <Button type="submit">Afficher</Button>
      </Group>
    </form>
  );
}
