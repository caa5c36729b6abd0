import { memo, MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { Schemas } from '../../api/client';
import { dateFr, statutLibelle } from '../../ui/statut';
import { useClesLignes } from '../shared/cles-lignes';
import classes from '../shared/offres-table.module.css';

type Ligne = Schemas['OffreListeView'];
const idDe = (o: Ligne) => o.id;

/** Plain table elements (thousands of cells: no component per cell), one link per row. */
export const OffresListe = memo(function OffresListe({ offres }: { offres: Ligne[] }) {
  const navigate = useNavigate();
  // A next page or a filter: the rows there are rewritten, not removed and created again.
  const cles = useClesLignes(offres, idDe);
  if (!offres.length) return <p role="status">Aucune offre ne correspond à ces filtres.</p>;
  const onClick = (e: MouseEvent) => {
    const a = (e.target as HTMLElement).closest('a[data-route]');
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(a.getAttribute('data-route')!);
  };
  return (
    <div role="region" aria-label="Liste des offres" tabIndex={0} className={classes.wrap}>
      <table className={classes.table} onClick={onClick}>
        <thead>
          <tr>
            <th scope="col">Offre</th>
            <th scope="col">Entreprise</th>
            <th scope="col">État</th>
            <th scope="col">Métier</th>
            <th scope="col">Début</th>
            <th scope="col">Créée le</th>
          </tr>
        </thead>
        <tbody>
          {offres.map((o, i) => (
            <tr key={cles[i]}>
              <td>
                <a href={`/portail/ml/offres/${o.id}`} data-route={`/ml/offres/${o.id}`}>
                  {o.titre}
                </a>
              </td>
              <td>{o.entrepriseNom}</td>
              <td>
                <span className={`${classes.pastille} ${classes[o.statut] ?? ''}`}>
                  {statutLibelle(o.statut)}
                </span>
              </td>
              <td>{o.codeRome}</td>
              <td>{dateFr(o.dateDebut)}</td>
              <td>{dateFr(o.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
