import { Text } from '@mantine/core';
import { memo, MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { OffreView } from '../../api/client';
import { dateFr, statutLibelle } from '../../ui/statut';
import classes from './offres-table.module.css';
import { expireBientot } from '../shared/use-employeur';

/**
 * The employer's offers, in plain table elements: with hundreds of rows, a component per cell
 * cost most of the home page's time (measured by `npm run bench:portail`).
 */
export const OffresTable = memo(function OffresTable(p: {
  offres: OffreView[];
  attente: Map<string, number>;
  onProlonger: (id: string) => void;
}) {
  const navigate = useNavigate();
  if (!p.offres.length) return <Text>Vous n’avez pas encore d’offre.</Text>;
  // One handler for every link (plain <a>, not one router Link per row): same-tab clicks stay
  // in the app, others (new tab, middle click) keep the browser's behaviour.
  const onClick = (e: MouseEvent) => {
    const a = (e.target as HTMLElement).closest('a[data-route]');
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(a.getAttribute('data-route')!);
  };
  const now = Date.now();
  return (
    <div role="region" aria-label="Mes offres" tabIndex={0} className={classes.wrap}>
      <table className={classes.table} onClick={onClick}>
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
          {p.offres.map((o) => (
            <tr key={o.id}>
              <td>
                <a href={`/portail/offres/${o.id}`} data-route={`/offres/${o.id}`}>
                  {o.titre}
                </a>
              </td>
              <td>
                <span className={`${classes.pastille} ${classes[o.statut] ?? ''}`}>
                  {statutLibelle(o.statut)}
                </span>
              </td>
              <td>{p.attente.get(o.id) ?? 0}</td>
              <td>{dateFr(o.dateDebut)}</td>
              <td>
                {o.statut === 'publiee' ? dateFr(o.expireLe) : '—'}
                {expireBientot(o, now) && (
                  <button
                    type="button"
                    className={classes.prolonger}
                    onClick={() => p.onProlonger(o.id)}
                  >
                    Prolonger<span className={classes.srOnly}> « {o.titre} »</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
