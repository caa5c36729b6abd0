import { Stack, Text, Title } from '@mantine/core';
import { EtapeProps } from './etape-parties';
import { PersonneChamps } from './personne-champs';

/** Step 2: the tutor, and the legal representative of a minor (who signs too). */
export function EtapeTuteur({ b, set, errors, mineur }: EtapeProps & { mineur: boolean }) {
  const t = b.tuteur;
  const rl = b.representantLegal;
  return (
    <Stack>
      <Title order={3} size="h4">
        Tuteur ou tutrice
      </Title>
      <PersonneChamps
        prefixe="tuteur"
        de="du tuteur"
        personne={t}
        role={{ champ: 'fonction', label: 'Fonction du tuteur' }}
        required
        onChange={(tuteur) => set({ tuteur })}
        errors={errors}
      />
      <Title order={3} size="h4">
        Représentant légal{' '}
        {mineur ? '(obligatoire : le jeune est mineur)' : '(si le jeune est mineur)'}
      </Title>
      {errors.representantLegal && (
        <Text c="red.9" size="sm" id="champ-representantLegal">
          {errors.representantLegal}
        </Text>
      )}
      <PersonneChamps
        prefixe="representantLegal"
        de="du représentant légal"
        personne={rl}
        role={{ champ: 'qualite', label: 'Qualité (mère, père, tuteur…)' }}
        required={mineur}
        onChange={(representantLegal) => set({ representantLegal })}
        errors={errors}
      />
    </Stack>
  );
}
