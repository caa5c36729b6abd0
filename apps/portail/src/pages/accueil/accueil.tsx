import { Alert, Button, Group, List, Loader, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, Navigate } from 'react-router';
import { HOME_BY_ROLE } from '../../routes/homes';
import { api, ok } from '../../api/client';
import { useSession } from '../../session/session';
import { dateFr } from '../../ui/statut';
import { OffresTable } from './offres-table';
import {
  attendReponse,
  expireBientot,
  useMesCandidats,
  useMesEntreprises,
  useMesOffres,
} from '../shared/use-employeur';

function Compteur({ valeur, libelle }: { valeur: number; libelle: string }) {
  return (
    <Paper withBorder p="md">
      <Text fz={32} fw={700} lh={1}>
        {valeur}
      </Text>
      <Text>{libelle}</Text>
    </Paper>
  );
}

export default function Accueil() {
  const { data: session } = useSession();
  const home = session && HOME_BY_ROLE[session.user.role];
  if (home) return <Navigate to={home} replace />;
  return <AccueilEmployeur />;
}

function AccueilEmployeur() {
  const { data: session } = useSession();
  const entreprises = useMesEntreprises();
  const offres = useMesOffres();
  const candidats = useMesCandidats((entreprises.data ?? []).map((e) => e.id));
  const client = useQueryClient();
  const prolonger = useMutation({
    mutationFn: (id: string) =>
      ok(
        api.POST('/offres/{id}/{action}', {
          params: { path: { id, action: 'prolonger' } },
          body: {},
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['offres'] }),
  });

  const onProlonger = useCallback((id: string) => prolonger.mutate(id), [prolonger.mutate]);
  const attente = useMemo(() => {
    const parOffre = new Map<string, number>();
    for (const m of candidats.data ?? [])
      if (attendReponse(m)) parOffre.set(m.offreId, (parOffre.get(m.offreId) ?? 0) + 1);
    return parOffre;
  }, [candidats.data]);
  const list = offres.data ?? [];
  const expirent = list.filter((o) => expireBientot(o));
  const brouillons = list.filter((o) => o.statut === 'brouillon');
  const enAttente = [...attente.values()].reduce((a, b) => a + b, 0);

  // The candidates too: the table is drawn once, with its counters (not twice for 500 rows).
  if (entreprises.isPending || offres.isPending || candidats.isLoading)
    return <Loader aria-label="Chargement de vos offres" />;
  const sansEntreprise = (entreprises.data ?? []).length === 0;

  return (
    <>
      <Title order={1} mb="md">
        Bonjour {session?.user.prenom}
      </Title>
      {sansEntreprise && (
        <Alert color="yellow" title="Rattachement en attente" mb="md" role="status">
          La Mission Locale n’a pas encore validé votre rattachement à votre entreprise. Vous
          pourrez déposer des offres dès qu’un ou une chargé(e) de relations entreprises l’aura fait
          ; vous serez prévenu(e) par e-mail.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="lg">
        <Compteur valeur={enAttente} libelle="candidat(s) attendent votre réponse" />
        <Compteur valeur={expirent.length} libelle="offre(s) expirent dans moins de 7 jours" />
        <Compteur valeur={brouillons.length} libelle="brouillon(s) à terminer" />
      </SimpleGrid>
      <Title order={2} size="h3" mb="xs">
        Ce que la Mission Locale attend de vous
      </Title>
      <List mb="lg" spacing="xs">
        {enAttente > 0 && (
          <List.Item>Répondre aux candidats transmis : entretien, recrutement ou non.</List.Item>
        )}
        {expirent.map((o) => (
          <List.Item key={o.id}>
            Prolonger « {o.titre} » si le poste est toujours à pourvoir (elle expire le{' '}
            {dateFr(o.expireLe)}).
          </List.Item>
        ))}
        {brouillons.length > 0 && (
          <List.Item>Terminer et envoyer vos brouillons à la Mission Locale.</List.Item>
        )}
        {enAttente + expirent.length + brouillons.length === 0 && (
          <List.Item>Rien pour l’instant : merci !</List.Item>
        )}
      </List>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3">
          Mes offres ({list.length})
        </Title>
        {!sansEntreprise && (
          <Button component={Link} to="/offres/nouvelle">
            Déposer une offre
          </Button>
        )}
      </Group>
      <OffresTable offres={list} attente={attente} onProlonger={onProlonger} />
    </>
  );
}
