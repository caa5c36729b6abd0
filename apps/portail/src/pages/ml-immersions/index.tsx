import { Alert, Group, Loader, NativeSelect, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, ok, Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { CONVENTION_STATUTS } from '../ml-conseiller/types';
import { ImmersionsListe } from './immersions-liste';

type Statut = NonNullable<Schemas['ConventionLigneView']['statut']>;
const estStatut = (s: string | null): s is Statut => !!s && s in CONVENTION_STATUTS;

/**
 * The structure's PMSMP agreements (a conseiller: his own, as the API decides); the status
 * filter lives in the URL so the home tile "Immersions à valider" can link to `?statut=signee`.
 */
export default function MlImmersions() {
  const [params, setParams] = useSearchParams();
  const brut = params.get('statut');
  const statut = estStatut(brut) ? brut : undefined;
  const liste = useQuery({
    queryKey: ['pmsmp', 'conventions', { statut }],
    queryFn: () => ok(api.GET('/pmsmp/conventions', { params: { query: { statut } } })),
    placeholderData: keepPreviousData,
  });
  const err = liste.error instanceof ApiProblem ? liste.error.problem.detail : null;
  const n = liste.data?.length ?? 0;
  return (
    <>
      <Title order={1} mb="md">
        Immersions (PMSMP)
      </Title>
      <Group align="end" justify="space-between" mb="md" wrap="wrap">
        <NativeSelect
          label="Statut"
          value={statut ?? ''}
          data={[
            { value: '', label: 'Tous les statuts' },
            ...Object.entries(CONVENTION_STATUTS).map(([value, label]) => ({ value, label })),
          ]}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.currentTarget.value) next.set('statut', e.currentTarget.value);
            else next.delete('statut');
            setParams(next);
          }}
        />
        <Text role="status" aria-live="polite">
          {liste.data ? `${n} convention${n > 1 ? 's' : ''}` : 'Chargement…'}
        </Text>
      </Group>
      {err && (
        <Alert color="red" role="alert" mb="md">
          {err}
        </Alert>
      )}
      {liste.isPending ? (
        <Loader aria-label="Chargement des conventions" />
      ) : n === 0 ? (
        <Text>Aucune convention{statut ? ' avec ce statut' : ''}.</Text>
      ) : (
        <ImmersionsListe conventions={liste.data ?? []} />
      )}
    </>
  );
}
