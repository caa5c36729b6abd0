import { useQuery } from '@tanstack/react-query';
import { memo, useDeferredValue } from 'react';
import { api, ok } from '../../api/client';
import l from '../shared/liste.module.css';
import { CommuneSelect, RechercheServeur } from '../shared/recherches';
import { OffresFiltres, RAYONS, ROME_DOMAINES, STATUTS, TRIS } from './filtres';
import classes from './offres-filtres.module.css';

const TOUS = { value: '', label: 'Tous' };
const DOMAINES = [
  TOUS,
  ...ROME_DOMAINES.map((d) => ({ value: d.value, label: `${d.value} – ${d.label}` })),
];

/** A native select with its label (light to draw; the keyboard's and screen readers' own). */
function Choix(p: {
  label: string;
  data: { value: string; label: string }[];
  value: string;
  disabled?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <label className={l.champ}>
      {p.label}
      <select
        value={p.value}
        disabled={p.disabled}
        onChange={(e) => p.onChange(e.currentTarget.value)}
      >
        {p.data.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Jour(p: { label: string; value?: string; onChange: (value?: string) => void }) {
  return (
    <label className={l.champ}>
      {p.label}
      <input
        type="date"
        value={p.value ?? ''}
        onChange={(e) => p.onChange(e.currentTarget.value || undefined)}
      />
    </label>
  );
}

/** The commune's search (a combobox): drawn again only when its own value changes. */
const FiltreCommune = memo(function FiltreCommune(p: {
  code?: string;
  onChange: (patch: Partial<OffresFiltres>) => void;
}) {
  const commune = useQuery({
    queryKey: ['commune', p.code],
    enabled: !!p.code,
    queryFn: async () =>
      (await ok(
        api.GET('/referentiels/communes/{codeInsee}', {
          params: { path: { codeInsee: p.code! } },
        }),
      )) as unknown as { nom: string },
    staleTime: Infinity,
  });
  return (
    <CommuneSelect
      label="Commune"
      placeholder="Tapez une commune"
      selected={p.code ? { value: p.code, label: commune.data?.nom ?? p.code } : null}
      onChoice={(c) => p.onChange({ communeInsee: c?.value })}
    />
  );
});

const chercherEntreprises = async (q: string) => {
  const page = await ok(api.GET('/entreprises', { params: { query: { q, limit: 10 } } }));
  return page.items.map((e) => ({ value: e.id, label: e.raisonSociale }));
};

/** The entreprise's search (a combobox): drawn again only when its own value changes. */
const FiltreEntreprise = memo(function FiltreEntreprise(p: {
  id?: string;
  onChange: (patch: Partial<OffresFiltres>) => void;
}) {
  const entreprise = useQuery({
    queryKey: ['entreprise', p.id, 'nom'],
    enabled: !!p.id,
    queryFn: () => ok(api.GET('/entreprises/{id}', { params: { path: { id: p.id! } } })),
    staleTime: 60_000,
  });
  return (
    <RechercheServeur
      label="Entreprise"
      placeholder="Raison sociale ou SIRET"
      queryKey="entreprises-filtre"
      selected={
        p.id ? { value: p.id, label: entreprise.data?.raisonSociale ?? 'Entreprise choisie' } : null
      }
      search={chercherEntreprises}
      onChoice={(c) => p.onChange({ entrepriseId: c?.value })}
    />
  );
});

/**
 * Until the searches are mounted, a field of the same size, label and value: Mantine's combobox
 * (popover, floating position, transitions) was half of the page's mount. They mount once the
 * list's first data is there, in a pass after the rows are drawn (useDeferredValue): mounted
 * while the list was asked for, they took the 2 cores the API needed (bench/portail-offres.ts).
 */
function EnAttente(p: { label: string; valeur?: string }) {
  return (
    <label className={l.champ}>
      {p.label}
      <input type="text" readOnly value={p.valeur ?? ''} />
    </label>
  );
}

/**
 * The filters: each change goes to the URL at once (the list follows it). `onChange` takes what
 * changed (stable: the page reads the URL when called), so a page or a filter changed draws
 * the two searches again only if their own value did.
 */
export const OffresFiltresForm = memo(function OffresFiltresForm({
  f,
  pret,
  onChange,
  onEffacer,
}: {
  f: OffresFiltres;
  /** The list's first answer is there (rows or error): the searches may mount. */
  pret: boolean;
  onChange: (patch: Partial<OffresFiltres>) => void;
  onEffacer: () => void;
}) {
  const recherches = useDeferredValue(pret, false);
  return (
    <form role="search" aria-label="Filtrer les offres" onSubmit={(e) => e.preventDefault()}>
      <div className={classes.grille}>
        <Choix
          label="Statut"
          data={[TOUS, ...STATUTS]}
          value={f.statut ?? ''}
          onChange={(v) => onChange({ statut: v || undefined })}
        />
        <Choix
          label="Domaine (ROME)"
          data={DOMAINES}
          value={f.rome ?? ''}
          onChange={(v) => onChange({ rome: v || undefined })}
        />
        {recherches ? (
          <FiltreCommune code={f.communeInsee} onChange={onChange} />
        ) : (
          <EnAttente label="Commune" valeur={f.communeInsee} />
        )}
        <Choix
          label="Rayon"
          data={RAYONS}
          disabled={!f.communeInsee}
          value={String(f.rayonKm ?? 0)}
          onChange={(v) => onChange({ rayonKm: Number(v) || undefined })}
        />
        {recherches ? (
          <FiltreEntreprise id={f.entrepriseId} onChange={onChange} />
        ) : (
          <EnAttente label="Entreprise" valeur={f.entrepriseId && 'Entreprise choisie'} />
        )}
        <Jour label="Créées à partir du" value={f.du} onChange={(du) => onChange({ du })} />
        <Jour label="Créées jusqu’au" value={f.au} onChange={(au) => onChange({ au })} />
        <Choix
          label="Trier par"
          data={TRIS}
          value={f.tri ?? 'recent'}
          onChange={(v) => onChange({ tri: v === 'recent' ? undefined : v })}
        />
      </div>
      <button type="button" className={l.neutre} onClick={onEffacer}>
        Effacer les filtres
      </button>
    </form>
  );
});
