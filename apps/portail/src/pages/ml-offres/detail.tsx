import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Loader,
  Modal,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { dateFr, OffreStatutBadge } from '../../ui/statut';
import { OffreJournal } from './offre-journal';

type Action = 'valider' | 'publier' | 'renvoyer' | 'rouvrir';

/** The CRE reviews an offer: publishes it, sends it back with a reason, or edits it. */
export default function MlOffre() {
  const { id } = useParams() as { id: string };
  const client = useQueryClient();
  const offre = useQuery({
    queryKey: ['offre', id],
    queryFn: () => ok(api.GET('/offres/{id}', { params: { path: { id } } })),
  });
  const [refus, setRefus] = useState(false);
  const [motif, setMotif] = useState('');
  const [motifErreur, setMotifErreur] = useState<string | null>(null);
  const [fait, setFait] = useState<string | null>(null);
  const action = useMutation({
    mutationFn: (a: { action: Action; motif?: string }) =>
      ok(
        api.POST('/offres/{id}/{action}', {
          params: { path: { id, action: a.action } },
          body: a.motif ? { motif: a.motif } : {},
        }),
      ),
    onSuccess: (o, a) => {
      client.setQueryData(['offre', id], o);
      client.invalidateQueries({ queryKey: ['ml-offres'] });
      client.invalidateQueries({ queryKey: ['a-traiter'] });
      client.invalidateQueries({ queryKey: ['offre', id, 'historique'] });
      setRefus(false);
      setFait(
        a.action === 'renvoyer'
          ? 'Offre renvoyée à l’employeur avec votre motif.'
          : 'Offre publiée : le matching va proposer des jeunes.',
      );
    },
  });

  if (offre.isPending) return <Loader aria-label="Chargement de l’offre" />;
  if (!offre.data) return <Alert color="red">Offre introuvable.</Alert>;
  const o = offre.data;
  const err = action.error instanceof ApiProblem ? action.error.problem.detail : null;
  const refuser = () => {
    if (!motif.trim()) return setMotifErreur('Indiquez le motif : l’employeur le recevra.');
    setMotifErreur(null);
    action.mutate({ action: 'renvoyer', motif: motif.trim() });
  };
  return (
    <>
      <Anchor component={Link} to="/ml/offres" size="sm">
        ← Toutes les offres
      </Anchor>
      <Group justify="space-between" align="flex-start" my="md">
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
          {o.statut === 'a_valider' && (
            <Button onClick={() => action.mutate({ action: 'valider' })} loading={action.isPending}>
              Valider et publier
            </Button>
          )}
          {o.statut === 'brouillon' && (
            <Button onClick={() => action.mutate({ action: 'publier' })} loading={action.isPending}>
              Publier
            </Button>
          )}
          {o.statut === 'a_valider' && (
            <Button variant="outline" color="red" onClick={() => setRefus(true)}>
              Refuser
            </Button>
          )}
          {['brouillon', 'a_valider', 'publiee'].includes(o.statut) && (
            <Button component={Link} to={`/ml/offres/${id}/modifier`} variant="outline">
              Modifier
            </Button>
          )}
        </Group>
      </Group>
      {fait && (
        <Alert color="green" role="status" mb="md">
          {fait}
        </Alert>
      )}
      {err && (
        <Alert color="red" role="alert" mb="md">
          {err}
        </Alert>
      )}
      <Title order={2} size="h3" mb="xs">
        Le poste
      </Title>
      <Text mb="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {o.description}
      </Text>
      <List size="sm" mb="lg">
        <List.Item>
          Métier : {o.codeRome} · lieu : {o.communeInsee} (jusqu’à {o.distanceMaxKm} km)
        </List.Item>
        <List.Item>
          Entreprise :{' '}
          <Anchor component={Link} to={`/ml/entreprises/${o.entrepriseId}`}>
            voir la fiche
          </Anchor>
        </List.Item>
        <List.Item>Ouverte aux mineurs : {o.ouverteMineurs ? 'oui' : 'non'}</List.Item>
        {o.horaires && <List.Item>Horaires : {o.horaires}</List.Item>}
        {o.salaireMontant && (
          <List.Item>
            Salaire : {o.salaireMontant} € ({o.salaireUnite})
          </List.Item>
        )}
        {o.statut === 'publiee' && <List.Item>Expire le {dateFr(o.expireLe)}</List.Item>}
      </List>
      <OffreJournal offreId={id} />
      <Modal opened={refus} onClose={() => setRefus(false)} title="Refuser l’offre">
        <Stack>
          <Text size="sm">
            L’offre retourne en brouillon chez l’employeur, avec votre motif ; il pourra la corriger
            et la renvoyer.
          </Text>
          <Textarea
            label="Motif du refus"
            required
            autosize
            minRows={3}
            value={motif}
            error={motifErreur}
            onChange={(e) => setMotif(e.currentTarget.value)}
          />
          <Button color="red" onClick={refuser} loading={action.isPending}>
            Refuser et renvoyer à l’employeur
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
