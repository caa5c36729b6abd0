import { memo, MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { OffreLigne } from '../shared/use-employeur';
import { dateFr, statutLibelle } from '../../ui/statut';
import classes from '../shared/offres-table.module.css';

/**
 * One page of the employer's offers, in plain table elements (a component per cell cost most
 * of the home page's time with hundreds of rows); each row memoised, so that a page change or a
 * prolonged offer redraws only the rows that changed.
 */
export const OffresTable = memo(function OffresTable(p: {
  rows: OffreLigne[];
  attente: Map<string, number>;
  expireBientot: (o: OffreLigne) => boolean;
  onProlonger: (id: string) => void;
  caption: string;
}) {
  const navigate = useNavigate();
  // One handler for every link (plain <a>, not one router Link per row): same-tab clicks stay
  // in the app, others (new tab, middle click) keep the browser's behaviour.
  const onClick = (e: MouseEvent) => {
    const a = (e.target as HTMLElement).closest('a[data-route]');
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(a.getAttribute('data-route')!);
  };
  return (
    <div role="region" aria-label="Mes offres" tabIndex={0} className={classes.wrap}>
      <table className={classes.table} onClick={onClick}>
        <caption className={classes.srOnly}>{p.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Offre</th>
            <th scope="col">État</th>
            <th scope="col">Candidats à traiter</th>
            <th scope="col">Début</th>
            <th scope="col">Expire le</th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((o) => (
            <Ligne
              key={o.id}
              o={o}
              attente={p.attente.get(o.id) ?? 0}
              bientot={p.expireBientot(o)}
              onProlonger={p.onProlonger}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
});

const Ligne = memo(function Ligne(p: {
  o: OffreLigne;
  attente: number;
  bientot: boolean;
  onProlonger: (id: string) => void;
}) {
  const { o } = p;
  return (
    <tr>
      {/* elementtiming: when this was painted, read by npm run bench:portail */}
      <td elementtiming="accueil-ligne">
        <a href={`/portail/offres/${o.id}`} data-route={`/offres/${o.id}`}>
          {o.titre}
        </a>
      </td>
      <td>
        <span className={`${classes.pastille} ${classes[o.statut] ?? ''}`}>
          {statutLibelle(o.statut)}
        </span>
      </td>
      <td>{p.attente}</td>
      <td>{dateFr(o.dateDebut)}</td>
      <td>
        {o.statut === 'publiee' ? dateFr(o.expireLe) : '—'}
        {p.bientot && (
          <button type="button" className={classes.prolonger} onClick={() => p.onProlonger(o.id)}>
            Prolonger<span className={classes.srOnly}> « {o.titre} »</span>
          </button>
        )}
      </td>
    </tr>
  );
});
