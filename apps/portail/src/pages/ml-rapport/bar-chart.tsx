import type { Ligne } from './format';
import classes from './rapport.module.css';

/**
 * Horizontal bars in plain CSS (no chart library in the bundle): the period and the previous one
 * side by side. An image for assistive technologies, summarised in its label; the same numbers
 * are in the table that follows it.
 */
export function BarChart({ titre, lignes }: { titre: string; lignes: Ligne[] }) {
  const max = Math.max(1, ...lignes.flatMap((l) => [l.valeur, l.precedent]));
  const resume = lignes.map((l) => `${l.libelle} : ${l.valeur}`).join(' ; ');
  return (
    <div
      role="img"
      aria-label={`Graphique en barres, ${titre.charAt(0).toLowerCase()}${titre.slice(1)} (détail dans le tableau qui suit) : ${resume}`}
      className={classes.chart}
    >
      {lignes.map((l) => (
        <div key={l.cle} className={classes.barRow} aria-hidden="true">
          <span className={classes.barLabel}>{l.libelle}</span>
          <span className={classes.bars}>
            <span className={classes.bar} style={{ width: `${(l.valeur / max) * 100}%` }}>
              <span className={classes.barValue}>{l.valeur}</span>
            </span>
            <span className={classes.barAvant} style={{ width: `${(l.precedent / max) * 100}%` }} />
          </span>
        </div>
      ))}
      <p className={classes.legende} aria-hidden="true">
        <span className={classes.puceCourant} /> période
        <span className={classes.puceAvant} /> période précédente
      </p>
    </div>
  );
}
