import { Stack } from '@mantine/core';
import { Champ } from './champ';
import { EtapeProps } from './etape-parties';

/** Step 5: working conditions, risks and protective equipment, practicalities. */
export function EtapeRisques({ b, set, errors }: EtapeProps) {
  return (
    <Stack>
      <Champ
        name="conditionsTravail"
        label="Conditions de travail"
        long
        required
        value={b.conditionsTravail}
        onChange={(v) => set({ conditionsTravail: v })}
        errors={errors}
      />
      <Champ
        name="risques"
        label="Risques du poste"
        long
        required
        value={b.risques}
        onChange={(v) => set({ risques: v })}
        errors={errors}
      />
      <Champ
        name="equipementsProtection"
        label="Équipements de protection"
        long
        required
        value={b.equipementsProtection}
        onChange={(v) => set({ equipementsProtection: v })}
        errors={errors}
      />
      <Champ
        name="transport"
        label="Transport (facultatif)"
        value={b.transport}
        onChange={(v) => set({ transport: v })}
        errors={errors}
      />
      <Champ
        name="restauration"
        label="Restauration (facultatif)"
        value={b.restauration}
        onChange={(v) => set({ restauration: v })}
        errors={errors}
      />
      <Champ
        name="telephoneConseiller"
        label="Votre téléphone (signataire pour la Mission Locale)"
        type="tel"
        value={b.telephoneConseiller}
        onChange={(v) => set({ telephoneConseiller: v })}
        errors={errors}
      />
    </Stack>
  );
}
