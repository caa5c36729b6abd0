import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { api, ok } from '../../api/client';
import { CommuneSelect, RechercheServeur } from '../shared/recherches';
import { OffresFiltres, RAYONS, ROME_DOMAINES, STATUTS, TRIS } from './filtres';
import classes from './offres-filtres.module.css';

const TOUS = { value: '', label: 'Tous' };
const DOMAINES = [
  TOUS,
  ...ROME_DOMAINES.map((d) => ({ value: d.value, label: `${d.value} – ${d.label}` })),
];

/**
 * The filters: each change goes to the URL at once (the list follows it). Memoised: the list's
 * data arriving does not draw its eight fields again.
 */
export const OffresFiltresForm = memo(function OffresFiltresForm({
  f,
  onChange,
}: {
  f: OffresFiltres;
  onChange: (f: OffresFiltres) => void;
}) {
  const set = (patch: Partial<OffresFiltres>) => onChange({ ...f, ...patch, page: undefined });
  const commune = useQuery({
    queryKey: ['commune', f.communeInsee],
    enabled: !!f.communeInsee,
    queryFn: async () =>
      (await ok(
        api.GET('/referentiels/communes/{codeInsee}', {
          params: { path: { codeInsee: f.communeInsee! } },
        }),
      )) as unknown as { nom: string },
    staleTime: Infinity,
  });
  const entreprise = useQuery({
    queryKey: ['entreprise', f.entrepriseId, 'nom'],
    enabled: !!f.entrepriseId,
    queryFn: () => ok(api.GET('/entreprises/{id}', { params: { path: { id: f.entrepriseId! } } })),
    staleTime: 60_000,
  });
  return (
    <form role="search" aria-label="Filtrer les offres" onSubmit={(e) => e.preventDefault()}>
      <div className={classes.grille}>
        {/* Fixed choices: native selects (light to draw, the keyboard and screen readers'
            own); the searches (commune, entreprise) keep their comboboxes. */}
        <NativeSelect
          label="Statut"
          data={[TOUS, ...STATUTS]}
          value={f.statut ?? ''}
          onChange={(e) => set({ statut: e.currentTarget.value || undefined })}
        />
        <NativeSelect
          label="Domaine (ROME)"
          data={DOMAINES}
          value={f.rome ?? ''}
          onChange={(e) => set({ rome: e.currentTarget.value || undefined })}
        />
        <CommuneSelect
          label="Commune"
          placeholder="Tapez une commune"
          selected={
            f.communeInsee
              ? { value: f.communeInsee, label: commune.data?.nom ?? f.communeInsee }
              : null
          }
          onChoice={(c) => set({ communeInsee: c?.value })}
        />
        <NativeSelect
          label="Rayon"
          data={RAYONS}
          disabled={!f.communeInsee}
          value={String(f.rayonKm ?? 0)}
          onChange={(e) => set({ rayonKm: Number(e.currentTarget.value) || undefined })}
        />
        <RechercheServeur
          label="Entreprise"
          placeholder="Raison sociale ou SIRET"
          queryKey="entreprises-filtre"
          selected={
            f.entrepriseId
              ? {
                  value: f.entrepriseId,
                  label: entreprise.data?.raisonSociale ?? 'Entreprise choisie',
                }
              : null
          }
          search={async (q) => {
            const page = await ok(api.GET('/entreprises', { params: { query: { q, limit: 10 } } }));
            return page.items.map((e) => ({ value: e.id, label: e.raisonSociale }));
          }}
          onChoice={(c) => set({ entrepriseId: c?.value })}
        />
        <TextInput
          type="date"
          label="Créées à partir du"
          value={f.du ?? ''}
          onChange={(e) => set({ du: e.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label="Créées jusqu’au"
          value={f.au ?? ''}
          onChange={(e) => set({ au: e.currentTarget.value || undefined })}
        />
        <NativeSelect
          label="Trier par"
          data={TRIS}
          value={f.tri ?? 'recent'}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ tri: v === 'recent' ? undefined : v });
          }}
        />
      </div>
      <Group>
        <Button variant="subtle" onClick={() => onChange({})}>
          Effacer les filtres
        </Button>
      </Group>
    </form>
  );
});
