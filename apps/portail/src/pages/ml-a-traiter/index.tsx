import { Alert, Anchor, Loader, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ok, Schemas } from '../../api/client';
import { dateFr } from '../../ui/statut';
import classes from './a-traiter.module.css';
import { TACHES } from './taches';

type Mer = Schemas['MerAAppelerView'];

/** The CRE's landing page: what waits on them, each a count and a link. */
export default function ATraiter() {
  const q = useQuery({
    queryKey: ['a-traiter'],
    queryFn: () => ok(api.GET('/a-traiter')),
    refetchInterval: 60_000,
  });
  if (q.isPending) return <Loader aria-label="Chargement" />;
  if (!q.data) return <Alert color="red">Les compteurs ne sont pas disponibles.</Alert>;
  const d = q.data;
  return (
    <>
      <Title order={1} mb="md">
        À traiter
      </Title>
      <ul className={classes.grille} aria-label="Compteurs">
        {TACHES.map((t) => {
          const n = d[t.cle] as number;
          return (
            <li key={t.cle}>
              <Link to={t.lien} className={classes.tuile}>
                <span className={`${classes.nombre} ${n ? '' : classes.zero}`}>{n}</span>{' '}
                {t.libelle}
              </Link>
            </li>
          );
        })}
      </ul>
      <Title order={2} size="h3" mb="xs">
        Employeurs à appeler
      </Title>
      <Text size="sm" mb="xs">
        Sans réponse malgré les relances : appelez l’employeur et enregistrez sa réponse.
      </Text>
      <MerTable mers={d.appels} vide="Aucun employeur à appeler." nom="Employeurs à appeler" />
      <Title order={2} size="h3" mt="lg" mb="xs">
        En attente de l’employeur
      </Title>
      <Text size="sm" mb="xs">
        Les plus anciennes d’abord, avec le dernier message envoyé à l’employeur.
      </Text>
      <MerTable
        mers={d.employeur}
        vide="Aucune candidature en attente d’un employeur."
        nom="En attente de l’employeur"
      />
    </>
  );
}

function MerTable({ mers, vide, nom }: { mers: Mer[]; vide: string; nom: string }) {
  if (!mers.length) return <Text>{vide}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-label={nom}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Jeune</Table.Th>
            <Table.Th scope="col">Offre</Table.Th>
            <Table.Th scope="col">Entreprise</Table.Th>
            <Table.Th scope="col">Depuis le</Table.Th>
            <Table.Th scope="col">Dernière relance</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mers.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Anchor component={Link} to={`/ml/mises-en-relation/${m.id}`}>
                  {m.jeune || 'Jeune'}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/ml/offres/${m.offreId}`}>
                  {m.offre}
                </Anchor>
              </Table.Td>
              <Table.Td>{m.entreprise}</Table.Td>
              <Table.Td>{dateFr(m.statutAt)}</Table.Td>
              <Table.Td>
                {m.relances
                  ? `${m.relances} relance${m.relances > 1 ? 's' : ''}, la dernière le ${dateFr(m.dernierEnvoiAt, true)}`
                  : `Aucune (envoyée le ${dateFr(m.dernierEnvoiAt, true)})`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
