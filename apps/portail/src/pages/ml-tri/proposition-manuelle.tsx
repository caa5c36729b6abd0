import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, memo, useState } from 'react';
import { api, ok, Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';

/** A line of `GET /jeunes` (no contact details). */
type Jeune = Schemas['JeuneResumeView'];

/**
 * A jeune the matcher did not propose: search by name, pick the published offer, propose. The
 * proposal joins the queue (`proposee`, without score) and is kept or discarded like the others.
 */
export const PropositionManuelle = memo(function PropositionManuelle(p: {
  opened: boolean;
  onClose: () => void;
  onProposee: (message: string) => void;
}) {
  const client = useQueryClient();
  const [offreId, setOffreId] = useState('');
  const [saisie, setSaisie] = useState('');
  const [q, setQ] = useState('');
  const offres = useQuery({
    queryKey: ['offres', 'publiees'],
    queryFn: () =>
      ok(
        api.GET('/offres', {
          params: { query: { statut: 'publiee', parPage: 100, tri: 'recent' } },
        }),
      ),
    enabled: p.opened,
  });
  const jeunes = useQuery({
    queryKey: ['jeunes', 'recherche', q],
    queryFn: () => ok(api.GET('/jeunes', { params: { query: { q, parPage: 10 } } })),
    enabled: p.opened && q.length >= 2,
  });
  const proposer = useMutation({
    mutationFn: (j: Jeune) =>
      ok(api.POST('/mises-en-relation', { body: { offreId, jeuneId: j.id } })),
    onSuccess: (_, j) => {
      client.invalidateQueries({ queryKey: ['mer'] });
      p.onProposee(
        `${j.prenom} ${j.nom} est ajouté(e) à la file : retenez ou écartez sa proposition.`,
      );
      p.onClose();
    },
  });
  const rechercher = (e: FormEvent) => {
    e.preventDefault();
    setQ(saisie.trim());
  };
  const erreur = proposer.error instanceof ApiProblem ? proposer.error.problem.detail : null;
  const titreOffre = (o: Schemas['OffreView']) => o.titre;
  return (
    <Modal opened={p.opened} onClose={p.onClose} title="Proposer un jeune à la main" size="lg">
      <Stack>
        {erreur && (
          <Alert color="red" role="alert" title="Proposition impossible">
            {erreur}
          </Alert>
        )}
        <NativeSelect
          label="Offre publiée"
          required
          value={offreId}
          onChange={(e) => setOffreId(e.currentTarget.value)}
          data={[
            { value: '', label: offres.isPending ? 'Chargement…' : 'Choisissez une offre' },
            ...(offres.data?.items ?? []).map((o) => ({ value: o.id, label: titreOffre(o) })),
          ]}
          data-autofocus
        />
        <form onSubmit={rechercher} role="search" aria-label="Rechercher un jeune">
          <Group align="end">
            <TextInput
              label="Nom ou prénom du jeune"
              value={saisie}
              onChange={(e) => setSaisie(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="outline">
              Rechercher
            </Button>
          </Group>
        </form>
        <div aria-live="polite">
          {q.length >= 2 && jeunes.data && (
            <Text size="sm">
              {jeunes.data.total} jeune{jeunes.data.total > 1 ? 's' : ''} trouvé
              {jeunes.data.total > 1 ? 's' : ''}
            </Text>
          )}
        </div>
        {!!jeunes.data?.items.length && (
          <ul aria-label="Jeunes trouvés" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {jeunes.data.items.map((j) => (
              <li key={j.id}>
                <Group justify="space-between" py={4}>
                  <span>
                    {j.prenom} {j.nom} ({j.age} ans{j.communeNom ? `, ${j.communeNom}` : ''})
                  </span>
                  <Button
                    size="xs"
                    disabled={!offreId}
                    loading={proposer.isPending && proposer.variables?.id === j.id}
                    onClick={() => proposer.mutate(j)}
                  >
                    Proposer
                    <VisuallyHidden component="span"> {`${j.prenom} ${j.nom}`}</VisuallyHidden>
                  </Button>
                </Group>
              </li>
            ))}
          </ul>
        )}
        {!offreId && !!jeunes.data?.items.length && (
          <Text size="sm">Choisissez d’abord l’offre pour proposer un jeune.</Text>
        )}
      </Stack>
    </Modal>
  );
});
