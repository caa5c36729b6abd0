import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, ok } from '../../api/client';
import { EN_ATTENTE_EMPLOYEUR, MerEmployeur } from '../../api/mer';
import { ApiProblem } from '../../api/problem';
import { dateFr, OffreStatutBadge, statutLibelle } from '../../ui/statut';
import { Historique } from './offre-historique';
import { ReponseEmployeurModal } from '../shared/reponse-employeur-modal';

const MOTIFS_CLOTURE = [
  { value: 'pourvue_ailleurs', label: 'Pourvue par un autre moyen' },
  { value: 'besoin_disparu', label: 'Plus de besoin' },
  { value: 'annulee_employeur', label: 'Annulée' },
  { value: 'autre', label: 'Autre' },
];

export default function Offre() {
  const { id } = useParams() as { id: string };
  const { state } = useLocation();
  const client = useQueryClient();
  const offre = useQuery({
    queryKey: ['offre', id],
    queryFn: () => ok(api.GET('/offres/{id}', { params: { path: { id } } })),
  });
  const candidats = useQuery({
    queryKey: ['offre', id, 'candidats'],
    queryFn: async () =>
      (await ok(
        api.GET('/offres/{id}/mises-en-relation', { params: { path: { id } } }),
      )) as MerEmployeur[],
  });
  const [repondre, setRepondre] = useState<MerEmployeur | null>(null);
  const [cloture, setCloture] = useState(false);
  const [motifCloture, setMotifCloture] = useState<string | null>(null);
  const [motif, setMotif] = useState('');
  const action = useMutation({
    mutationFn: (a: {
      action: 'soumettre' | 'prolonger' | 'cloturer';
      body?: { motif?: string; motifCloture?: string };
    }) =>
      ok(
        api.POST('/offres/{id}/{action}', {
          params: { path: { id, action: a.action } },
          body: a.body ?? {},
        }),
      ),
    onSuccess: (o) => {
      client.setQueryData(['offre', id], o);
      client.invalidateQueries({ queryKey: ['offres'] });
      client.invalidateQueries({ queryKey: ['offre', id, 'historique'] });
      setCloture(false);
    },
  });

  if (offre.isPending) return <Loader aria-label="Chargement de l’offre" />;
  if (!offre.data) return <Alert color="red">Offre introuvable.</Alert>;
  const o = offre.data;
  const err = action.error instanceof ApiProblem ? action.error.problem.detail : null;
  return (
    <>
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Title order={1}>{o.titre}</Title>
          <Group gap="xs" mt={4}>
            <OffreStatutBadge statut={o.statut} />
            <Text size="sm">
              {o.typeContrat} · {o.heuresHebdo} h/semaine · début le {dateFr(o.dateDebut)} ·{' '}
              {o.nombrePostes} poste(s)
            </Text>
          </Group>
        </div>
        <Group>
          {['brouillon', 'a_valider', 'publiee'].includes(o.statut) && (
            <Button component={Link} to={`/offres/${id}/modifier`} variant="outline">
              Modifier
            </Button>
          )}
          {o.statut === 'brouillon' && (
            <Button onClick={() => action.mutate({ action: 'soumettre' })}>
              Envoyer à la Mission Locale
            </Button>
          )}
          {['publiee', 'expiree'].includes(o.statut) && (
            <Button variant="outline" onClick={() => action.mutate({ action: 'prolonger' })}>
              Prolonger
            </Button>
          )}
          {['brouillon', 'a_valider', 'publiee'].includes(o.statut) && (
            <Button variant="outline" color="red" onClick={() => setCloture(true)}>
              Clôturer
            </Button>
          )}
        </Group>
      </Group>
      {(state as { enregistree?: boolean } | null)?.enregistree && (
        <Alert color="green" role="status" mb="md">
          Offre enregistrée ({statutLibelle(o.statut).toLowerCase()}).
        </Alert>
      )}
      {o.statut === 'a_valider' && (
        <Alert color="yellow" mb="md">
          La Mission Locale relit votre offre ; elle vous contactera si besoin avant de la publier.
        </Alert>
      )}
      {err && (
        <Alert color="red" role="alert" mb="md">
          {err}
        </Alert>
      )}
      <Title order={2} size="h3" mb="xs">
        Candidats transmis
      </Title>
      <Text size="sm" mb="sm">
        La Mission Locale vous transmet une candidature quand le ou la jeune a accepté votre offre ;
        vous voyez ce qu’il ou elle a accepté de partager.
      </Text>
      {candidats.data?.length ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="lg">
          {candidats.data.map((m) => (
            <Card key={m.id} withBorder>
              <Text fw={700}>
                {m.candidat.prenom} {m.candidat.nom}
                {m.candidat.mineur ? ' (mineur·e)' : ''}
              </Text>
              <Text size="sm">
                {m.statutLibelle} depuis le {dateFr(m.statutAt)}
                {m.entretienAt ? ` · entretien le ${dateFr(m.entretienAt, true)}` : ''}
              </Text>
              <List size="sm" mt="xs">
                {m.candidat.communeNom && <List.Item>Habite à {m.candidat.communeNom}</List.Item>}
                {m.candidat.contact?.email && (
                  <List.Item>
                    E-mail :{' '}
                    <a href={`mailto:${m.candidat.contact.email}`}>{m.candidat.contact.email}</a>
                  </List.Item>
                )}
                {m.candidat.contact?.telephone && (
                  <List.Item>
                    Téléphone :{' '}
                    <a href={`tel:${m.candidat.contact.telephone}`}>
                      {m.candidat.contact.telephone}
                    </a>
                  </List.Item>
                )}
                <List.Item>Permis B : {m.candidat.permisB ? 'oui' : 'non'}</List.Item>
              </List>
              {EN_ATTENTE_EMPLOYEUR.includes(m.statut) && (
                <Button mt="sm" onClick={() => setRepondre(m)}>
                  Répondre
                  <span style={{ position: 'absolute', left: -9999 }}>
                    {' '}
                    pour {m.candidat.prenom}
                  </span>
                </Button>
              )}
            </Card>
          ))}
        </SimpleGrid>
      ) : (
        <Text mb="lg">
          {candidats.isPending ? 'Chargement…' : 'Aucun candidat transmis pour l’instant.'}
        </Text>
      )}
      <Historique offreId={id} candidats={candidats.data ?? []} />
      <ReponseEmployeurModal
        voix="employeur"
        merId={repondre?.id ?? null}
        nom={repondre ? `${repondre.candidat.prenom} ${repondre.candidat.nom}` : ''}
        onClose={() => setRepondre(null)}
      />
      <Modal opened={cloture} onClose={() => setCloture(false)} title="Clôturer l’offre">
        <Stack>
          <Select
            label="Motif"
            required
            data={MOTIFS_CLOTURE}
            value={motifCloture}
            onChange={setMotifCloture}
          />
          <Textarea
            label="Précisions (facultatif)"
            value={motif}
            onChange={(e) => setMotif(e.currentTarget.value)}
          />
          <Button
            disabled={!motifCloture}
            onClick={() =>
              action.mutate({
                action: 'cloturer',
                body: {
                  motifCloture: motifCloture!,
                  motif: motif || MOTIFS_CLOTURE.find((m) => m.value === motifCloture)!.label,
                },
              })
            }
          >
            Clôturer
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
