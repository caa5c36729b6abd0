import { Link } from 'react-router';
import classes from '../shared/offres-table.module.css';
import { Choix, ecrireChoix, Filtre, FILTRES, Tri, TRIS, Vue } from './offres-vue';

const href = (c: Choix) => {
  const qs = ecrireChoix(c).toString();
  return qs ? `/?${qs}` : '/';
};

/** Filter and sort: native selects (labelled, keyboard-friendly, light); a change goes to page 1. */
export function OffresFiltres(p: {
  choix: Choix;
  comptes: Record<Filtre, number>;
  onChange: (c: Choix) => void;
}) {
  return (
    <div className={classes.choix}>
      <label>
        Afficher
        <select
          value={p.choix.filtre}
          onChange={(e) => p.onChange({ ...p.choix, filtre: e.target.value as Filtre, page: 1 })}
        >
          {(Object.keys(FILTRES) as Filtre[]).map((f) => (
            <option key={f} value={f}>
              {FILTRES[f]} ({p.comptes[f]})
            </option>
          ))}
        </select>
      </label>
      <label>
        Trier par
        <select
          value={p.choix.tri}
          onChange={(e) => p.onChange({ ...p.choix, tri: e.target.value as Tri, page: 1 })}
        >
          {(Object.keys(TRIS) as Tri[]).map((t) => (
            <option key={t} value={t}>
              {TRIS[t]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** Previous / next as real links (a new tab, the history and a reload keep the page). */
export function OffresPages({ choix, vue }: { choix: Choix; vue: Vue }) {
  if (vue.pages <= 1) return null;
  const lien = (page: number, label: string, rel: string) => (
    <Link to={href({ ...choix, page })} rel={rel}>
      {label}
    </Link>
  );
  return (
    <nav aria-label="Pages de mes offres" className={classes.pages}>
      {vue.page > 1 ? lien(vue.page - 1, '‹ Page précédente', 'prev') : <span />}
      <span aria-current="page">
        Page {vue.page} sur {vue.pages}
      </span>
      {vue.page < vue.pages ? lien(vue.page + 1, 'Page suivante ›', 'next') : <span />}
    </nav>
  );
}
