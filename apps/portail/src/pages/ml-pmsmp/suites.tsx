import { Button, Group, NativeSelect, NumberInput, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok, Schemas } from '../../api/client';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { ErrorSummary } from '../../ui/error-summary';
import { ConventionDetail } from './types';

/** After the immersion: the tutor's assessment (staff may record it) and the jeune's outcomes. */
export function Suites({ c }: { c: ConventionDetail }) {
  const client = useQueryClient();
  const [bilan, setBilan] = useState({
    realisation: 'realise',
    heuresAbsence: 0,
    competencesObservees: '',
    embauche: 'non',
  });
  const [suivi, setSuivi] = useState({ echeance: 'j15', situation: 'emploi' });
  const refresh = () => client.invalidateQueries({ queryKey: ['pmsmp', c.id] });
  const enregistrerBilan = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/pmsmp/conventions/{id}/bilan', {
          params: { path: { id: c.id } },
          body: {
            ...bilan,
            realisation: bilan.realisation as Schemas['BilanDto']['realisation'],
            embauche: bilan.embauche === 'oui',
          },
        }),
      ),
    onSuccess: refresh,
  });
  const noterSuivi = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/pmsmp/conventions/{id}/suivis', {
          params: { path: { id: c.id } },
          body: suivi as Schemas['SuiviConseillerDto'],
        }),
      ),
    onSuccess: refresh,
  });
  const err = (e: unknown) => (e instanceof ApiProblem ? fieldErrors(e.problem) : {});
  return (
    <Stack>
      {!c.bilan && (
        <section aria-labelledby="titre-bilan">
          <Title order={2} size="h3" id="titre-bilan">
            Bilan de l’immersion
          </Title>
          <ErrorSummary
            errors={err(enregistrerBilan.error)}
            labels={{}}
            message={enregistrerBilan.error?.message}
          />
          <Stack gap="xs">
            <NativeSelect
              label="Objectif"
              value={bilan.realisation}
              onChange={(e) => setBilan({ ...bilan, realisation: e.currentTarget.value })}
              data={[
                { value: 'realise', label: 'Réalisé' },
                { value: 'partiel', label: 'Partiellement réalisé' },
                { value: 'non_realise', label: 'Non réalisé' },
              ]}
            />
            <NumberInput
              label="Heures d’absence"
              min={0}
              value={bilan.heuresAbsence}
              onChange={(v) => setBilan({ ...bilan, heuresAbsence: Number(v) || 0 })}
            />
            <Textarea
              label="Compétences observées"
              value={bilan.competencesObservees}
              onChange={(e) => setBilan({ ...bilan, competencesObservees: e.currentTarget.value })}
            />
            <NativeSelect
              label="Embauche à l’issue"
              value={bilan.embauche}
              onChange={(e) => setBilan({ ...bilan, embauche: e.currentTarget.value })}
              data={[
                { value: 'non', label: 'Non' },
                { value: 'oui', label: 'Oui' },
              ]}
            />
            <Group>
              <Button
                onClick={() => enregistrerBilan.mutate()}
                loading={enregistrerBilan.isPending}
              >
                Enregistrer le bilan
              </Button>
            </Group>
          </Stack>
        </section>
      )}
      <section aria-labelledby="titre-suivis">
        <Title order={2} size="h3" id="titre-suivis">
          Situation du jeune après l’immersion
        </Title>
        <ErrorSummary
          errors={err(noterSuivi.error)}
          labels={{}}
          message={noterSuivi.error?.message}
        />
        <Group align="end">
          <NativeSelect
            label="Échéance"
            value={suivi.echeance}
            onChange={(e) => setSuivi({ ...suivi, echeance: e.currentTarget.value })}
            data={[
              { value: 'j15', label: '15 jours après' },
              { value: 'm1', label: '1 mois après' },
              { value: 'm3', label: '3 mois après' },
            ]}
          />
          <NativeSelect
            label="Situation"
            value={suivi.situation}
            onChange={(e) => setSuivi({ ...suivi, situation: e.currentTarget.value })}
            data={[
              { value: 'emploi', label: 'En emploi' },
              { value: 'formation', label: 'En formation' },
              { value: 'recherche', label: 'En recherche' },
              { value: 'autre', label: 'Autre' },
            ]}
          />
          <Button onClick={() => noterSuivi.mutate()} loading={noterSuivi.isPending}>
            Noter la situation
          </Button>
        </Group>
        {noterSuivi.isSuccess && <p role="status">Situation enregistrée.</p>}
      </section>
    </Stack>
  );
}
