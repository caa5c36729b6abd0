import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Champ } from './champ';
import { EtapeProps } from './etape-parties';

/** Step 2: the tutor, and the legal representative of a minor (who signs too). */
export function EtapeTuteur({ b, set, errors, mineur }: EtapeProps & { mineur: boolean }) {
  const t = b.tuteur;
  const rl = b.representantLegal;
  const setT = (k: keyof typeof t) => (v: string) => set({ tuteur: { ...t, [k]: v } });
  const setRl = (k: keyof typeof rl) => (v: string) =>
    set({ representantLegal: { ...rl, [k]: v } });
  return (
    <Stack>
      <Title order={3} size="h4">
        Tuteur ou tutrice
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Champ
          name="tuteur.prenom"
          label="Prénom du tuteur"
          required
          value={t.prenom}
          onChange={setT('prenom')}
          errors={errors}
        />
        <Champ
          name="tuteur.nom"
          label="Nom du tuteur"
          required
          value={t.nom}
          onChange={setT('nom')}
          errors={errors}
        />
        <Champ
          name="tuteur.fonction"
          label="Fonction du tuteur"
          required
          value={t.fonction}
          onChange={setT('fonction')}
          errors={errors}
        />
        <Champ
          name="tuteur.email"
          label="E-mail du tuteur"
          type="email"
          required
          value={t.email}
          onChange={setT('email')}
          errors={errors}
        />
        <Champ
          name="tuteur.telephone"
          label="Téléphone du tuteur"
          type="tel"
          required
          value={t.telephone}
          onChange={setT('telephone')}
          errors={errors}
        />
      </SimpleGrid>
      <Title order={3} size="h4">
        Représentant légal{' '}
        {mineur ? '(obligatoire : le jeune est mineur)' : '(si le jeune est mineur)'}
      </Title>
      {errors.representantLegal && (
        <Text c="red.9" size="sm" id="champ-representantLegal">
          {errors.representantLegal}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Champ
          name="representantLegal.prenom"
          label="Prénom du représentant légal"
          required={mineur}
          value={rl.prenom}
          onChange={setRl('prenom')}
          errors={errors}
        />
        <Champ
          name="representantLegal.nom"
          label="Nom du représentant légal"
          required={mineur}
          value={rl.nom}
          onChange={setRl('nom')}
          errors={errors}
        />
        <Champ
          name="representantLegal.qualite"
          label="Qualité (mère, père, tuteur…)"
          required={mineur}
          value={rl.qualite}
          onChange={setRl('qualite')}
          errors={errors}
        />
        <Champ
          name="representantLegal.email"
          label="E-mail du représentant légal"
          type="email"
          required={mineur}
          value={rl.email}
          onChange={setRl('email')}
          errors={errors}
        />
        <Champ
          name="representantLegal.telephone"
          label="Téléphone du représentant légal"
          type="tel"
          required={mineur}
          value={rl.telephone}
          onChange={setRl('telephone')}
          errors={errors}
        />
      </SimpleGrid>
    </Stack>
  );
}
