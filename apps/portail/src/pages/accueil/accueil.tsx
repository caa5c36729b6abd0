import { Alert, Button, Group, List, Loader, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { HOME_BY_ROLE } from '../../routes/homes';
import { useSession } from '../../session/session';
import { dateFr } from '../../ui/statut';
import {
  attendReponse,
  expireBientot,
  useMesCandidats,
  useMesEntreprises,
  OffreLigne,
  useMesOffres,
} from '../shared/use-employeur';
import { OffresFiltres, OffresPages } from './offres-choix';
import { OffresTable } from './offres-table';
import { Choix, ecrireChoix, Filtre, FILTRES, lireChoix, offresVue, TRIS } from './offres-vue';

/** The "what the ML expects" list names this many expiring offers, then links to all of them. */
const EXPIRENT_NOMMEES = 5;

function Compteur(p: { valeur: number; libelle: string; filtre: Filtre }) {
  return (
    <Paper withBorder p="md">
      <Text fz={32} fw={700} lh={1}>
        {p.valeur}
      </Text>
      {p.valeur > 0 ? (
        <Link to={`/?filtre=${p.filtre}`}>{p.libelle}</Link>
      ) : (
        <Text>{p.libelle}</Text>
      )}
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
  const [params, setParams] = useSearchParams();
  const choix = useMemo(() => lireChoix(params), [params]);
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
  const onChoix = useCallback((c: Choix) => setParams(ecrireChoix(c)), [setParams]);

  // Counters over all my offers (every page), computed once per data change.
  const stats = useMemo(() => {
    const attente = new Map<string, number>();
    for (const m of candidats.data ?? [])
      if (attendReponse(m)) attente.set(m.offreId, (attente.get(m.offreId) ?? 0) + 1);
    const now = Date.now();
    const bientot = (o: OffreLigne) => expireBientot(o, now);
    const list = offres.data ?? [];
    const comptes = Object.fromEntries(Object.keys(FILTRES).map((f) => [f, 0])) as Record<
      Filtre,
      number
    >;
    const expirent: OffreLigne[] = [];
    for (const o of list) {
      comptes[o.statut]++;
      if (attente.has(o.id)) comptes.a_traiter++;
      if (bientot(o)) expirent.push(o);
    }
    comptes.toutes = list.length;
    comptes.expirent = expirent.length;
    const enAttente = [...attente.values()].reduce((a, b) => a + b, 0);
    return { attente, bientot, list, comptes, expirent, enAttente };
  }, [candidats.data, offres.data]);
  const vue = useMemo(
    () => offresVue(stats.list, choix, { attente: stats.attente, expireBientot: stats.bientot }),
    [stats, choix],
  );

  // The candidates too: the counters are drawn once, right (not 0 then corrected).
  if (entreprises.isPending || offres.isPending || candidats.isLoading)
    return <Loader aria-label="Chargement de vos offres" />;
  const sansEntreprise = (entreprises.data ?? []).length === 0;
  const { comptes, expirent, enAttente } = stats;
  const brouillons = comptes.brouillon;

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
        <Compteur
          valeur={enAttente}
          libelle="candidat(s) attendent votre réponse"
          filtre="a_traiter"
        />
        <Compteur
          valeur={expirent.length}
          libelle="offre(s) expirent dans moins de 7 jours"
          filtre="expirent"
        />
        <Compteur valeur={brouillons} libelle="brouillon(s) à terminer" filtre="brouillon" />
      </SimpleGrid>
      <Title order={2} size="h3" mb="xs">
        Ce que la Mission Locale attend de vous
      </Title>
      <List mb="lg" spacing="xs">
        {enAttente > 0 && (
          <List.Item>Répondre aux candidats transmis : entretien, recrutement ou non.</List.Item>
        )}
        {expirent.slice(0, EXPIRENT_NOMMEES).map((o) => (
          <List.Item key={o.id}>
            Prolonger « {o.titre} » si le poste est toujours à pourvoir (elle expire le{' '}
            {dateFr(o.expireLe)}).
          </List.Item>
        ))}
        {expirent.length > EXPIRENT_NOMMEES && (
          <List.Item>
            <Link to="/?filtre=expirent">
              Voir les {expirent.length} offres qui expirent bientôt
            </Link>
          </List.Item>
        )}
        {brouillons > 0 && (
          <List.Item>Terminer et envoyer vos brouillons à la Mission Locale.</List.Item>
        )}
        {enAttente + expirent.length + brouillons === 0 && (
          <List.Item>Rien pour l’instant : merci !</List.Item>
        )}
      </List>
      <Group justify="space-between" mb="xs">
        {/* elementtiming: when this was painted, read by npm run bench:portail */}
        <Title order={2} size="h3" elementtiming="accueil-offres">
          Mes offres ({stats.list.length})
        </Title>
        {!sansEntreprise && (
          <Button component={Link} to="/offres/nouvelle">
            Déposer une offre
          </Button>
        )}
      </Group>
      {stats.list.length === 0 ? (
        <Text>Vous n’avez pas encore d’offre.</Text>
      ) : (
        <>
          <OffresFiltres choix={choix} comptes={comptes} onChange={onChoix} />
          {vue.total === 0 ? (
            <Text role="status">Aucune offre ne correspond à ce choix.</Text>
          ) : (
            <>
              <OffresTable
                rows={vue.rows}
                attente={stats.attente}
                expireBientot={stats.bientot}
                onProlonger={onProlonger}
                caption={`${FILTRES[choix.filtre]} (${vue.total}), ${TRIS[choix.tri].toLowerCase()}, page ${vue.page} sur ${vue.pages}`}
              />
              <OffresPages choix={{ ...choix, page: vue.page }} vue={vue} />
            </>
          )}
        </>
      )}
    </>
  );
}
