import { Alert, Group, Loader, NativeSelect, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { MER_ATTENDUS, MER_STATUTS, MerCre, nomJeune } from '../../api/mer-cre';
import { dateFr } from '../../ui/statut';
import classes from '../shared/tri.module.css';

type Attendu = 'employeur' | 'jeune' | 'cre';

/**
 * The introductions' board: one table per status, filtered by who is awaited (`?attendu=`,
 * linked from the CRE's home) and by status (`?statut=`), both kept in the URL.
 */
export default function MlMerListe() {
  const [params, setParams] = useSearchParams();
  const attendu = (params.get('attendu') ?? '') as Attendu | '';
  const statut = params.get('statut') ?? '';
  const liste = useQuery({
    queryKey: ['mer', 'liste', attendu, statut],
    queryFn: async () =>
      (await ok(
        api.GET('/mises-en-relation', {
          params: {
            query: attendu ? { attente: attendu } : statut ? { statut: statut as 'proposee' } : {},
          },
        }),
      )) as MerCre[],
  });
  const groupes = useMemo(() => {
    const rows = (liste.data ?? []).filter((m) => !statut || m.statut === statut);
    return MER_STATUTS.map((s) => ({
      ...s,
      rows: rows.filter((m) => m.statut === s.value),
    })).filter((g) => g.rows.length);
  }, [liste.data, statut]);
  const filtre = (k: 'attendu' | 'statut', v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  return (
    <>
      <Title order={1} mb="md">
        Mises en relation
      </Title>
      <Group mb="md" align="end" wrap="wrap">
        <NativeSelect
          label="En attente de"
          value={attendu}
          onChange={(e) => filtre('attendu', e.currentTarget.value)}
          data={[{ value: '', label: 'Tout le monde' }, ...MER_ATTENDUS]}
        />
        <NativeSelect
          label="Statut"
          value={statut}
          onChange={(e) => filtre('statut', e.currentTarget.value)}
          data={[{ value: '', label: 'Tous les statuts' }, ...MER_STATUTS]}
        />
      </Group>
      {liste.isPending ? (
        <Loader aria-label="Chargement" />
      ) : liste.isError ? (
        <Alert color="red" role="alert">
          {liste.error.message}
        </Alert>
      ) : !groupes.length ? (
        <Text>Aucune mise en relation pour ces filtres.</Text>
      ) : (
        groupes.map((g) => (
          <section key={g.value} aria-labelledby={`statut-${g.value}`}>
            <Title order={2} size="h4" id={`statut-${g.value}`} mt="lg" mb="xs">
              {g.label} : {g.rows.length}
            </Title>
            <div role="region" aria-label={g.label} tabIndex={0} className={classes.wrap}>
              <table className={classes.table}>
                <thead>
                  <tr>
                    <th scope="col">Jeune</th>
                    <th scope="col">Offre</th>
                    <th scope="col">Depuis le</th>
                    <th scope="col">Dernière relance</th>
                  </tr>
                </thead>
                <tbody>
                  {g.rows.map((m) => (
                    <tr key={m.id}>
                      <td>
                        <Link to={`/ml/mises-en-relation/${m.id}`}>{nomJeune(m)}</Link>
                      </td>
                      <td>
                        {m.offreTitre}
                        <span className={classes.petit}>{m.entrepriseNom}</span>
                      </td>
                      <td>{dateFr(m.statutAt)}</td>
                      <td>
                        {m.derniereRelance
                          ? `${dateFr(m.derniereRelance.at, true)} (${m.derniereRelance.origine === 'auto' ? 'automatique' : 'CRE'})`
                          : 'aucune'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}
    </>
  );
}
