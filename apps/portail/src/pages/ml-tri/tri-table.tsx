import { memo, MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { CRITERE_LIBELLE, MerCre, nomJeune } from '../../api/mer-cre';
import { dateFr } from '../../ui/statut';
import { useClesLignes } from '../shared/cles-lignes';
import classes from '../shared/tri.module.css';

const idDe = (m: MerCre) => m.id;

export interface TriActions {
  onToggle: (id: string) => void;
  onRetenir: (id: string) => void;
  onEcarter: (id: string) => void;
}

/**
 * The score's breakdown as the matcher computed it (each criterion's note), in one line of text:
 * the lines stay light, and Tab does not stop on it.
 */
function detail(m: MerCre) {
  const criteres = Object.entries(m.detail.criteres ?? {});
  if (!criteres.length) return null;
  const texte = criteres
    .map(([k, c]) => `${CRITERE_LIBELLE[k] ?? k} ${Math.round(c.note * 100)} % (poids ${c.poids})`)
    .join(' · ');
  return `Détail : ${texte}`;
}

/** One line; memoised: ticking a box, or a line leaving, renders that line only, not the others. */
const Ligne = memo(function Ligne({
  m,
  selected,
  a,
}: {
  m: MerCre;
  selected: boolean;
  a: TriActions;
}) {
  const nom = nomJeune(m);
  const score = detail(m);
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          id={`sel-${m.id}`}
          aria-label={`Sélectionner ${nom} pour « ${m.offreTitre} »`}
          checked={selected}
          onChange={() => a.onToggle(m.id)}
        />
      </td>
      <td>
        <a href={`/portail/ml/jeunes/${m.jeuneId}`} data-route={`/ml/jeunes/${m.jeuneId}`}>
          {nom}
        </a>
        {m.origine === 'cre' && <span className={classes.petit}>Proposé(e) à la main</span>}
        {m.alerteEntreprise && (
          <span className={classes.alerte}>Déjà présenté(e) récemment à cette entreprise</span>
        )}
      </td>
      <td>
        {m.offreTitre}
        <span className={classes.petit}>{m.entrepriseNom}</span>
      </td>
      <td>
        <strong>{Math.round(m.score)}</strong>
        <span className={classes.srOnly}> sur 100</span>
        {m.raisons.length > 0 && <span className={classes.petit}>{m.raisons.join(' · ')}</span>}
        {score ? (
          <span className={classes.detail}>{score}</span>
        ) : (
          <span className={classes.petit}>Sans score (proposé à la main)</span>
        )}
      </td>
      <td>{dateFr(m.createdAt)}</td>
      <td>
        <div className={classes.actions}>
          {/* The name in the accessible name only (it starts with the visible text). */}
          <button
            type="button"
            id={`retenir-${m.id}`}
            className={classes.bouton}
            aria-label={`Retenir ${nom}`}
            onClick={() => a.onRetenir(m.id)}
          >
            Retenir
          </button>
          <button
            type="button"
            className={classes.secondaire}
            aria-label={`Écarter ${nom}`}
            onClick={() => a.onEcarter(m.id)}
          >
            Écarter
          </button>
        </div>
      </td>
    </tr>
  );
});

/** A page of the queue in plain table elements, no per-line menus or popovers (bench/portail-tri.ts). */
export const TriTable = memo(function TriTable(p: {
  lignes: MerCre[];
  selection: Set<string>;
  actions: TriActions;
}) {
  const navigate = useNavigate();
  // A next page or an offer chosen: the rows there are rewritten, not removed and created again.
  const cles = useClesLignes(p.lignes, idDe);
  // One handler for the jeunes' links: same-tab clicks stay in the app.
  const onClick = (e: MouseEvent) => {
    const a = (e.target as HTMLElement).closest('a[data-route]');
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(a.getAttribute('data-route')!);
  };
  return (
    <div role="region" aria-label="Propositions à examiner" tabIndex={0} className={classes.wrap}>
      <table className={classes.table} onClick={onClick}>
        <thead>
          <tr>
            <th scope="col" style={{ width: '3rem' }}>
              <span className={classes.srOnly}>Sélection</span>
            </th>
            <th scope="col">Jeune</th>
            <th scope="col">Offre</th>
            <th scope="col">Score</th>
            <th scope="col" style={{ width: '8rem' }}>
              Proposé le
            </th>
            <th scope="col" style={{ width: '10rem' }}>
              Décision
            </th>
          </tr>
        </thead>
        <tbody>
          {p.lignes.map((m, i) => (
            <Ligne key={cles[i]} m={m} selected={p.selection.has(m.id)} a={p.actions} />
          ))}
        </tbody>
      </table>
    </div>
  );
});
