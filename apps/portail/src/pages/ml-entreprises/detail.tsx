import { Alert, Anchor, List, Loader, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, ok, Schemas } from '../../api/client';
import { dateFr, OffreStatutBadge } from '../../ui/statut';
import { Notes } from './notes';
import { Rattachements } from './rattachements';

/** One place per employer: identity, contacts, accounts, offers, introductions, notes. */
export default function MlEntreprise() {
  const { id } = useParams() as { id: string };
  const e = useQuery({
    queryKey: ['entreprise', id],
    queryFn: async () =>
      (await ok(
        api.GET('/entreprises/{id}', { params: { path: { id } } }),
      )) as Schemas['EntrepriseCreView'],
  });
  const offres = useQuery({
    queryKey: ['ml-offres', { entrepriseId: id, parPage: 100 }],
    queryFn: () =>
      ok(api.GET('/offres', { params: { query: { entrepriseId: id, parPage: 100 } } })),
  });
  const mers = useQuery({
    queryKey: ['entreprise', id, 'mer'],
    queryFn: async () =>
      (await ok(
        api.GET('/entreprises/{id}/mises-en-relation', { params: { path: { id } } }),
      )) as Schemas['MerView'][], // staff only here: the staff's view of the by-role answer
  });
  if (e.isPending) return <Loader aria-label="Chargement de l’entreprise" />;
  if (!e.data) return <Alert color="red">Entreprise introuvable.</Alert>;
  const d = e.data;
  const titres = new Map((offres.data?.items ?? []).map((o) => [o.id, o.titre]));
  return (
    <>
      <Anchor component={Link} to="/ml/entreprises" size="sm">
        ← Toutes les entreprises
      </Anchor>
      <Title order={1} mt="xs">
        {d.raisonSociale}
      </Title>
      <Text mb="md">
        SIRET {d.siret}
        {d.enseigne ? ` · ${d.enseigne}` : ''}
        {d.adresse ? ` · ${d.adresse}` : ''}
        {d.codePostal ? ` ${d.codePostal}` : ''}
        {d.trancheEffectifLibelle ? ` · ${d.trancheEffectifLibelle}` : ''}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="lg">
        <section aria-labelledby="titre-contacts">
          <Title order={2} size="h3" mb="xs" id="titre-contacts">
            Contacts
          </Title>
          {d.contacts.length ? (
            <List>
              {d.contacts.map((c) => (
                <List.Item key={c.id}>
                  {[c.prenom, c.nom].filter(Boolean).join(' ')}
                  {c.fonction ? `, ${c.fonction}` : ''}
                  {c.principal ? ' (contact principal)' : ''}
                  {c.telephone && (
                    <>
                      {' · '}
                      <a href={`tel:${c.telephone}`}>{c.telephone}</a>
                    </>
                  )}
                  {c.email && (
                    <>
                      {' · '}
                      <a href={`mailto:${c.email}`}>{c.email}</a>
                    </>
                  )}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text>Aucun contact enregistré.</Text>
          )}
        </section>
        <section aria-labelledby="titre-comptes">
          <Title order={2} size="h3" mb="xs" id="titre-comptes">
            Comptes employeurs
          </Title>
          {d.membres.length ? (
            <List>
              {d.membres.map((m) => (
                <List.Item key={m.userId}>
                  {m.prenom} {m.nom} ({m.email}) :{' '}
                  {m.statut === 'validee'
                    ? 'validé'
                    : m.statut === 'refusee'
                      ? 'refusé'
                      : 'en attente'}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text>Aucun compte.</Text>
          )}
        </section>
      </SimpleGrid>
      <Rattachements entrepriseId={id} />
      <Title order={2} size="h3" mb="xs">
        Offres
      </Title>
      {offres.data?.items.length ? (
        <Table.ScrollContainer minWidth={500} mb="lg">
          <Table striped aria-label="Offres de l’entreprise">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Offre</Table.Th>
                <Table.Th scope="col">État</Table.Th>
                <Table.Th scope="col">Créée le</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {offres.data.items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/ml/offres/${o.id}`}>
                      {o.titre}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <OffreStatutBadge statut={o.statut} />
                  </Table.Td>
                  <Table.Td>{dateFr(o.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text mb="lg">{offres.isPending ? 'Chargement…' : 'Aucune offre.'}</Text>
      )}
      <Title order={2} size="h3" mb="xs">
        Mises en relation
      </Title>
      {mers.data?.length ? (
        <Table.ScrollContainer minWidth={500} mb="lg">
          <Table striped aria-label="Mises en relation avec l’entreprise">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Jeune</Table.Th>
                <Table.Th scope="col">Offre</Table.Th>
                <Table.Th scope="col">Où en est-on</Table.Th>
                <Table.Th scope="col">Depuis le</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mers.data.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/ml/mises-en-relation/${m.id}`}>
                      {m.jeune ? `${m.jeune.prenom} ${m.jeune.nom}` : 'Jeune'}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{titres.get(m.offreId) ?? '—'}</Table.Td>
                  <Table.Td>{m.statutLibelle}</Table.Td>
                  <Table.Td>{dateFr(m.statutAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text mb="lg">{mers.isPending ? 'Chargement…' : 'Aucune mise en relation.'}</Text>
      )}
      <Notes entrepriseId={id} />
    </>
  );
}
