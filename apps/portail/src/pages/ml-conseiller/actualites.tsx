import { List, Text, Title } from '@mantine/core';
import { dateFr } from '../../ui/statut';
import { MerLigne } from './types';

/** The statuses that make news for a conseiller: a jeune proposed, accepted, hired. */
const NOUVELLES: Record<string, string> = {
  retenue: 'a reçu une proposition d’offre',
  acceptee_jeune: 'a accepté une proposition',
  transmise_employeur: 'a été présenté(e) à un employeur',
  entretien: 'a un entretien prévu',
  recrutee: 'a été recruté(e)',
};

/** The latest news of my jeunes, newest first, from their mises en relation. */
export function Actualites({ mers }: { mers: MerLigne[] }) {
  const nouvelles = mers
    .filter((m) => NOUVELLES[m.statut])
    .sort((a, b) => b.statutAt.localeCompare(a.statutAt))
    .slice(0, 10);
  return (
    <section aria-labelledby="titre-actualites">
      <Title order={2} size="h3" id="titre-actualites" mb="xs">
        Actualités de mes jeunes
      </Title>
      {nouvelles.length === 0 ? (
        <Text>Rien de neuf pour l’instant.</Text>
      ) : (
        <List spacing="xs" mb="lg">
          {nouvelles.map((m) => (
            <List.Item key={m.id}>
              <strong>{m.jeune ? `${m.jeune.prenom} ${m.jeune.nom}` : 'Un jeune'}</strong>{' '}
              {NOUVELLES[m.statut]}{' '}
              <Text span c="dimmed" size="sm">
                ({dateFr(m.statutAt, true)})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
