import { Button, Group, Loader, NumberInput, SimpleGrid, Stack, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, ok } from '../../api/client';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { ErrorSummary, fieldId } from '../../ui/error-summary';
import { Accords } from './accords';

const CRITERES: Record<string, string> = {
  fiche: 'Métier (fiche ROME)',
  distance: 'Distance',
  diplome: 'Diplôme',
  experience: 'Expérience',
  disponibilite: 'Disponibilité',
  programme: 'Programme (CEJ…)',
  attente: 'Ancienneté de l’attente',
};

/** The matcher's weights (0 to 100 per criterion) and the neighbour agreements. */
export default function ReglagesMatching() {
  const client = useQueryClient();
  const reglages = useQuery({
    queryKey: ['matching', 'reglages'],
    queryFn: () => ok(api.GET('/matching/reglages', {})),
  });
  const [poids, setPoids] = useState<Record<string, number>>({});
  useEffect(() => {
    if (reglages.data) setPoids(reglages.data.poids);
  }, [reglages.data]);
  const enregistrer = useMutation({
    mutationFn: () => ok(api.PUT('/matching/reglages', { body: { poids } })),
    onSuccess: (r) => client.setQueryData(['matching', 'reglages'], r),
  });
  const errors =
    enregistrer.error instanceof ApiProblem ? fieldErrors(enregistrer.error.problem) : {};
  return (
    <Stack>
      <Title order={1}>Réglages du matching</Title>
      {/* The form only once the weights are known: typed values are not overwritten by the load,
          and a save never sends zeros for the criteria not shown yet. */}
      {!reglages.data ? (
        <Loader aria-label="Chargement des réglages" />
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            enregistrer.mutate();
          }}
        >
          <Title order={2} size="h3" mb="xs">
            Poids des critères (0 à 100)
          </Title>
          <ErrorSummary
            errors={errors}
            labels={Object.fromEntries(Object.entries(CRITERES).map(([k, l]) => [`poids.${k}`, l]))}
            message={enregistrer.error?.message}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {Object.entries(CRITERES).map(([k, label]) => (
              <NumberInput
                key={k}
                id={fieldId(`poids.${k}`)}
                label={label}
                min={0}
                max={100}
                allowDecimal={false}
                value={poids[k] ?? 0}
                error={errors[`poids.${k}`]}
                onChange={(v) => setPoids({ ...poids, [k]: Number(v) || 0 })}
              />
            ))}
          </SimpleGrid>
          <Group mt="sm">
            <Button type="submit" loading={enregistrer.isPending}>
              Enregistrer les poids
            </Button>
            {enregistrer.isSuccess && <span role="status">Poids enregistrés.</span>}
          </Group>
        </form>
      )}
      <Accords voisines={reglages.data?.perimetreEffectif ?? []} />
    </Stack>
  );
}
