import { Radio, Stack } from '@mantine/core';
import { Champ } from './champ';
import { EtapeProps } from './etape-parties';

const OBJECTIFS = [
  { value: 'decouvrir_metier', label: 'Découvrir un métier ou un secteur d’activité' },
  { value: 'confirmer_projet', label: 'Confirmer un projet professionnel' },
  { value: 'initier_recrutement', label: 'Initier une démarche de recrutement' },
];

/** Step 3: the objective (exactly one) and the trade observed. */
export function EtapeMetier({ b, set, errors }: EtapeProps) {
  return (
    <Stack>
      <Radio.Group
        id="champ-objectif"
        label="Objectif de l’immersion"
        required
        value={b.objectif}
        error={errors.objectif}
        onChange={(v) => set({ objectif: v })}
      >
        <Stack gap="xs" mt="xs">
          {OBJECTIFS.map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </Stack>
      </Radio.Group>
      <Champ
        name="metier.codeRome"
        label="Code ROME du métier"
        description="Une lettre et 4 chiffres, ex. D1102"
        required
        value={b.codeRome}
        onChange={(v) => set({ codeRome: v })}
        errors={errors}
      />
      <Champ
        name="metier.appellation"
        label="Métier (appellation)"
        required
        value={b.appellation}
        onChange={(v) => set({ appellation: v })}
        errors={errors}
      />
      <Champ
        name="activites"
        label="Activités confiées"
        long
        required
        value={b.activites}
        onChange={(v) => set({ activites: v })}
        errors={errors}
      />
      <Champ
        name="competences"
        label="Compétences à observer"
        long
        required
        value={b.competences}
        onChange={(v) => set({ competences: v })}
        errors={errors}
      />
    </Stack>
  );
}
