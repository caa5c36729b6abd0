import { Alert, Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ok } from '../../api/client';
import { CHEZ_EMPLOYEUR, DESISTABLES, MerCre, nomJeune } from '../../api/mer-cre';
import { ApiProblem } from '../../api/problem';
import { dateFr } from '../../ui/statut';
import { DesistementModal } from './desistement-modal';
import { ReponseEmployeurModal } from '../shared/reponse-employeur-modal';
import { MerTimeline } from './timeline';

const ATTENDU: Record<string, string> = {
  employeur: 'l’employeur',
  jeune: 'le jeune',
  cre: 'le CRE',
};

/** One introduction: where it stands, its timeline, and the CRE's actions. */
export default function MlMerDetail() {
  const { id } = useParams() as { id: string };
  const client = useQueryClient();
  const [modal, setModal] = useState<'reponse' | 'desistement' | null>(null);
  const [fait, setFait] = useState<string | null>(null);
  const mer = useQuery({
    queryKey: ['mer', id],
    queryFn: async () =>
      (await ok(api.GET('/mises-en-relation/{id}', { params: { path: { id } } }))) as MerCre,
  });
  const messages = useQuery({
    queryKey: ['mer', id, 'messages'],
    queryFn: () => ok(api.GET('/mises-en-relation/{id}/messages', { params: { path: { id } } })),
  });
  const relance = useMutation({
    mutationFn: () =>
      ok(api.POST('/mises-en-relation/{id}/relancer', { params: { path: { id } } })),
    onSuccess: (r) => {
      setFait(
        r.envoyee
          ? 'Relance envoyée à l’employeur.'
          : `Une relance est déjà partie le ${dateFr(String(r.derniereRelance.at), true)} : nouvelle relance possible à partir du ${dateFr(String(r.prochainePossible), true)}.`,
      );
      client.invalidateQueries({ queryKey: ['mer'] });
    },
  });
  if (mer.isPending) return <Loader aria-label="Chargement" />;
  if (mer.isError)
    return (
      <Alert color="red" role="alert" title="Mise en relation introuvable">
        {mer.error.message}
      </Alert>
    );
  const m = mer.data;
  const nom = nomJeune(m);
  const chezEmployeur = CHEZ_EMPLOYEUR.includes(m.statut);
  const r = m.derniereRelance;
  return (
    <Stack>
      <div>
        <Anchor component={Link} to="/ml/mises-en-relation" size="sm">
          Toutes les mises en relation
        </Anchor>
        <Title order={1} mt="xs">
          {nom} : {m.offreTitre}
        </Title>
        <Text>{m.entrepriseNom}</Text>
      </div>
      <div aria-live="polite">
        {fait && (
          <Alert color="green" title="C’est noté">
            {fait}
          </Alert>
        )}
      </div>
      {relance.error instanceof ApiProblem && (
        <Alert color="red" role="alert" title="Relance impossible">
          {relance.error.message}
        </Alert>
      )}
      <Card withBorder>
        <Stack gap={4}>
          <Text>
            <strong>Statut :</strong> {m.statutLibelle}, depuis le {dateFr(m.statutAt, true)}
          </Text>
          <Text>
            <strong>Attendu :</strong> {m.attente ? ATTENDU[m.attente] : 'plus rien (terminée)'}
          </Text>
          {m.entretienAt && (
            <Text>
              <strong>Entretien :</strong> {dateFr(m.entretienAt, true)}
            </Text>
          )}
          {m.contrat && (
            <Text>
              <strong>Contrat :</strong> {m.contrat.typeContrat}, {m.contrat.heuresHebdo} h par
              semaine, du {dateFr(m.contrat.dateDebut)}
              {m.contrat.dateFin ? ` au ${dateFr(m.contrat.dateFin)}` : ''}
            </Text>
          )}
          <Text>
            <strong>Score :</strong> {Math.round(m.score)} sur 100
            {m.raisons.length ? ` (${m.raisons.join(', ')})` : ''}
          </Text>
          <Text>
            <strong>Dernière relance de l’employeur :</strong>{' '}
            {r
              ? `${dateFr(r.at, true)} (${r.origine === 'auto' ? 'automatique' : 'par un CRE'})`
              : 'aucune'}
          </Text>
        </Stack>
      </Card>
      <Group>
        {chezEmployeur && (
          <Button onClick={() => relance.mutate()} loading={relance.isPending}>
            Relancer l’employeur
          </Button>
        )}
        {chezEmployeur && (
          <Button variant="outline" onClick={() => setModal('reponse')}>
            Noter la réponse de l’employeur
          </Button>
        )}
        {DESISTABLES.includes(m.statut) && (
          <Button variant="outline" color="dark" onClick={() => setModal('desistement')}>
            Enregistrer un désistement
          </Button>
        )}
      </Group>
      <section aria-labelledby="historique">
        <Title order={2} size="h3" id="historique" mb="sm">
          Historique
        </Title>
        {messages.isError ? (
          <Alert color="red">{messages.error.message}</Alert>
        ) : (
          <MerTimeline mer={m} messages={messages.data ?? []} />
        )}
      </section>
      <ReponseEmployeurModal
        voix="telephone"
        merId={modal === 'reponse' ? m.id : null}
        nom={nom}
        onClose={() => setModal(null)}
        onDone={setFait}
      />
      <DesistementModal
        merId={m.id}
        nom={nom}
        opened={modal === 'desistement'}
        onClose={() => setModal(null)}
        onDone={setFait}
      />
    </Stack>
  );
}
