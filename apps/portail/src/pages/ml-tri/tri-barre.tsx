import { memo } from 'react';
import l from '../shared/liste.module.css';
import { FileTri } from './use-file-tri';

/** The offer filter (counts over the whole queue) and the hand proposal; plain elements. */
export const TriFiltre = memo(function TriFiltre(p: {
  offre: string;
  file: FileTri | undefined;
  onOffre: (offre: string) => void;
  onManuelle: () => void;
}) {
  const options = (p.file?.parOffre ?? []).map((o) => ({
    value: o.offreId,
    label: `${o.offreTitre} (${o.entrepriseNom}) : ${o.n}`,
  }));
  // The chosen offer stays in the list while its page loads or once it is emptied.
  if (p.offre && !options.some((o) => o.value === p.offre))
    options.push({ value: p.offre, label: 'Offre choisie : 0' });
  return (
    <div className={l.barre}>
      <label className={l.champ} style={{ flex: '1 1 16rem' }}>
        Offre
        <select value={p.offre} onChange={(e) => p.onOffre(e.currentTarget.value)}>
          <option value="">Toutes les offres : {p.file?.toutes ?? '…'}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className={l.contour} onClick={p.onManuelle}>
        Proposer un jeune à la main
      </button>
    </div>
  );
});

/** Keep or discard the lines ticked on this page. */
export function TriSelection(p: {
  n: number;
  pending: boolean;
  onRetenir: () => void;
  onEcarter: () => void;
}) {
  return (
    <div className={l.groupe} role="group" aria-label="Actions sur la sélection">
      <button
        type="button"
        className={l.bouton}
        disabled={!p.n || p.pending}
        aria-busy={p.pending || undefined}
        onClick={p.onRetenir}
      >
        Retenir la sélection ({p.n})
      </button>
      <button type="button" className={l.contour} disabled={!p.n} onClick={p.onEcarter}>
        Écarter la sélection ({p.n})
      </button>
    </div>
  );
}
