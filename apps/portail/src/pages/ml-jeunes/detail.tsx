import { Alert, Anchor, List, Loader, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, ok } from '../../api/client';
import { dateFr } from '../../ui/statut';
import { JeuneProfil, STATUTS_JEUNE } from './types';

const oui = (b: boolean) => (b ? 'oui' : 'non');

/** The screening profile (no contact details) and the consents per channel. */
export default function MlJeune() {
  const { id } = useParams() as { id: string };
  const j = useQuery({
    queryKey: ['jeune', id],
    queryFn: (): Promise<JeuneProfil> => ok(api.GET('/jeunes/{id}', { params: { path: { id } } })),
  });
  if (j.isPending) return <Loader aria-label="Chargement du profil" />;
  if (!j.data) return <Alert color="red">Jeune introuvable.</Alert>;
  const d = j.data;
  const canal = (c: 'email' | 'sms', libelle: string) => {
    const consent = 'consentements' in d ? d.consentements[c] : undefined;
    if (consent)
      return consent.donne
        ? `${libelle} : accepté le ${dateFr(consent.at)}${consent.source ? ` (${consent.source})` : ''}`
        : `${libelle} : non accepté`;
    return `${libelle} : ${'joignable' in d && d.joignable[c] ? 'peut être prévenu(e)' : 'ne peut pas être prévenu(e)'}`;
  };
  return (
    <>
      <Anchor component={Link} to="/ml/jeunes" size="sm">
        ← Tous les jeunes
      </Anchor>
      <Title order={1} mt="xs">
        {d.prenom} {d.nom}
      </Title>
      <Text mb="md">
        {d.age} ans{d.mineur ? ' (mineur·e : règles du travail des mineurs)' : ''} ·{' '}
        {STATUTS_JEUNE[d.statut] ?? d.statut} · {d.programme}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <section aria-labelledby="titre-projet">
          <Title order={2} size="h3" mb="xs" id="titre-projet">
            Projet et disponibilité
          </Title>
          <List>
            <List.Item>Métiers recherchés : {d.fichesRome.join(', ') || '—'}</List.Item>
            <List.Item>
              Expériences :{' '}
              {d.experiences.length
                ? d.experiences.map((e) => `${e.codeRome} (${e.dureeMois} mois)`).join(', ')
                : 'aucune'}
            </List.Item>
            <List.Item>Diplôme : {d.niveauDiplome ?? '—'}</List.Item>
            <List.Item>
              Disponible
              {d.disponibleLe ? ` à partir du ${dateFr(d.disponibleLe)}` : ' dès maintenant'}
              {d.tempsPartielUniquement ? ', temps partiel uniquement' : ''}
            </List.Item>
          </List>
        </section>
        <section aria-labelledby="titre-mobilite">
          <Title order={2} size="h3" mb="xs" id="titre-mobilite">
            Mobilité
          </Title>
          <List>
            <List.Item>Habite à {d.communeNom ?? '—'}</List.Item>
            <List.Item>Jusqu’à {d.rayonMobiliteKm} km</List.Item>
            <List.Item>
              Permis B : {oui(d.permisB)} · véhicule : {oui(d.vehicule)} · transports en commun :{' '}
              {oui(d.transportsCommun)}
            </List.Item>
          </List>
        </section>
        <section aria-labelledby="titre-consentements">
          <Title order={2} size="h3" mb="xs" id="titre-consentements">
            Consentements
          </Title>
          <List>
            <List.Item>{canal('email', 'E-mail')}</List.Item>
            <List.Item>{canal('sms', 'SMS')}</List.Item>
          </List>
          <Text size="sm" mt="xs">
            Les messages passent par le service : ses coordonnées ne sont pas affichées ici.
          </Text>
        </section>
      </SimpleGrid>
    </>
  );
}
