import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { CommuneSelect, RechercheServeur } from '../shared/recherches';
import { OffresFiltres, RAYONS, ROME_DOMAINES, STATUTS, TRIS } from './filtres';

type EntreprisesPage = { items: { id: string; raisonSociale: string }[] };

/** The filters: each change goes to the URL at once (the list follows it). */
export function OffresFiltresForm({
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
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="md">
        <Select
          label="Statut"
          placeholder="Tous"
          clearable
          data={STATUTS}
          value={f.statut ?? null}
          onChange={(v) => set({ statut: v ?? undefined })}
        />
        <Select
          label="Domaine (ROME)"
          placeholder="Tous"
          clearable
          data={ROME_DOMAINES.map((d) => ({ value: d.value, label: `${d.value} – ${d.label}` }))}
          value={f.rome ?? null}
          onChange={(v) => set({ rome: v ?? undefined })}
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
        <Select
          label="Rayon"
          data={RAYONS}
          disabled={!f.communeInsee}
          value={String(f.rayonKm ?? 0)}
          allowDeselect={false}
          onChange={(v) => set({ rayonKm: Number(v) || undefined })}
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
            const page = (await ok(
              api.GET('/entreprises', { params: { query: { q, limit: 10 } as never } }),
            )) as unknown as EntreprisesPage;
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
        <Select
          label="Trier par"
          data={TRIS}
          value={f.tri ?? 'recent'}
          allowDeselect={false}
          onChange={(v) => set({ tri: v === 'recent' ? undefined : (v ?? undefined) })}
        />
      </SimpleGrid>
      <Group>
        <Button variant="subtle" onClick={() => onChange({})}>
          Effacer les filtres
        </Button>
      </Group>
    </form>
  );
}
