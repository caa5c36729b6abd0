import { NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { fieldId } from '../../ui/error-summary';
import { mesJeunesQuery } from '../ml-conseiller/mes-jeunes';
import { Brouillon } from './brouillon';
import { Champ } from './champ';
import { PersonneChamps } from './personne-champs';

export interface EtapeProps {
  b: Brouillon;
  set: (patch: Partial<Brouillon>) => void;
  errors: Record<string, string>;
}

/** Step 1: the jeune (one of mine), the host and its representative. */
export function EtapeParties({ b, set, errors }: EtapeProps) {
  const jeunes = useQuery(mesJeunesQuery);
  const [recherche, setRecherche] = useState('');
  const [q] = useDebouncedValue(recherche.trim(), 300);
  const entreprises = useQuery({
    queryKey: ['entreprises', 'pmsmp', q],
    queryFn: () =>
      ok(api.GET('/entreprises', { params: { query: { q: q || undefined, limit: 50 } } })),
    placeholderData: (prev) => prev,
  });
  // The chosen host stays in the list when the search changes.
  const [choisie, setChoisie] = useState<{ value: string; label: string } | null>(null);
  const trouvees = (entreprises.data?.items ?? []).map((e) => ({
    value: e.id,
    label: `${e.raisonSociale} (SIRET ${e.siret})`,
  }));
  const options =
    choisie && !trouvees.some((o) => o.value === choisie.value) ? [choisie, ...trouvees] : trouvees;
  const r = b.representant;
  return (
    <Stack>
      <NativeSelect
        id={fieldId('jeuneId')}
        label="Jeune (bénéficiaire)"
        required
        value={b.jeuneId}
        error={errors.jeuneId}
        onChange={(e) => set({ jeuneId: e.currentTarget.value })}
        data={[
          { value: '', label: 'Choisir un de mes jeunes' },
          ...(jeunes.data?.items ?? []).map((j) => ({
            value: j.id,
            label: `${j.prenom} ${j.nom} (${j.age} ans${j.mineur ? ', mineur' : ''})`,
          })),
        ]}
      />
      <TextInput
        label="Rechercher une entreprise"
        description="Raison sociale, enseigne ou SIRET"
        value={recherche}
        onChange={(e) => setRecherche(e.currentTarget.value)}
      />
      <NativeSelect
        id={fieldId('entrepriseId')}
        label="Structure d’accueil (entreprise)"
        required
        value={b.entrepriseId}
        error={errors.entrepriseId}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setChoisie(options.find((o) => o.value === value) ?? null);
          set({ entrepriseId: value });
        }}
        data={[
          { value: '', label: 'Choisir une entreprise' },
          ...(entreprises.data?.items ?? [])
            .filter((e) => e.id !== b.entrepriseId)
            .map((e) => ({
              value: e.id,
              label: `${e.raisonSociale} (SIRET ${e.siret})`,
            })),
        ]}
      />
      <Champ
        name="accueil.activite"
        label="Activité de la structure d’accueil"
        required
        value={b.activite}
        onChange={(v) => set({ activite: v })}
        errors={errors}
      />
      <Title order={3} size="h4">
        Représentant de la structure d’accueil (signataire)
      </Title>
      <PersonneChamps
        prefixe="accueil.representant"
        personne={r}
        role={{ champ: 'fonction', label: 'Fonction' }}
        required
        onChange={(representant) => set({ representant })}
        errors={errors}
      />
    </Stack>
  );
}
