import { Alert } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Schemas } from '../../api/client';
import { MerCre, nomJeune } from '../../api/mer-cre';
import l from '../shared/liste.module.css';
import { EcartModal } from './ecart-modal';
import { PropositionManuelle } from './proposition-manuelle';
import { pluriel, TriBilan } from './tri-bilan';
import { TriFiltre, TriSelection } from './tri-barre';
import { TriPages } from './tri-pages';
import { TriActions, TriTable } from './tri-table';
import { cleFile, PAR_PAGE, useFileTri, useFileTriParams } from './use-file-tri';
import { useTri } from './use-tri';

type Motif = Schemas['EcartLigneDto']['motif'];

/** True from the first time `ouvert` is: a dialog mounted then, kept for its closing. */
function useOuvertUneFois(ouvert: boolean) {
  const [vu, setVu] = useState(ouvert);
  if (ouvert && !vu) setVu(true);
  return vu || ouvert;
}
const AUCUNE: MerCre[] = [];

/**
 * The CRE's screening queue (issue 14): one page of the oldest proposals (page and offer in the
 * URL, counters over the whole queue); keep or discard, one by one or in bulk, by keyboard.
 */
export default function MlTri() {
  const { offre, page, aller } = useFileTriParams();
  const file = useFileTri(page, offre);
  const lignes = file.data?.items ?? AUCUNE;
  const [selection, setSelection] = useState<Set<string>>(() => new Set());
  const [ecart, setEcart] = useState<string[] | null>(null);
  const [manuelle, setManuelle] = useState(false);
  // The dialogs are mounted when first opened: closed, they were a third of the page's mount.
  const ecartVu = useOuvertUneFois(ecart !== null);
  const manuelleVue = useOuvertUneFois(manuelle);
  const parId = useMemo(() => new Map(lignes.map((m) => [m.id, m])), [lignes]);
  const onFait = useCallback((ids: string[]) => {
    setSelection((s) => new Set([...s].filter((id) => !ids.includes(id))));
    setEcart(null);
  }, []);
  const { mutation: tri, bilan, setBilan, setFocus } = useTri(cleFile(page, offre), lignes, onFait);

  // While the next page loads the previous one stays (placeholder): the summary says which one.
  const total = file.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAR_PAGE));
  // A last page emptied (or a page number past the end in the URL): the last page there is.
  useEffect(() => {
    if (file.data && !lignes.length && page > pages) aller({ page: pages });
  }, [file.data, lignes.length, page, pages, aller]);

  const actions: TriActions = useMemo(
    () => ({
      onToggle: (id) =>
        setSelection((s) => {
          const n = new Set(s);
          if (!n.delete(id)) n.add(id);
          return n;
        }),
      onRetenir: (id) => tri.mutate({ retenir: [id] }),
      onEcarter: (id) => setEcart([id]),
    }),
    // tri.mutate is stable (TanStack Query): the lines keep the same handlers.
    [],
  );
  const onOffre = useCallback((o: string) => aller({ offre: o }), [aller]);
  const onManuelle = useCallback(() => setManuelle(true), []);
  const onFermer = useCallback(() => setManuelle(false), []);
  const onProposee = useCallback(
    (message: string) => setBilan({ message, erreurs: [] }),
    [setBilan],
  );
  const onPage = useCallback((p: number) => aller({ page: p }), [aller]);
  const choisies = lignes.filter((m) => selection.has(m.id)).map((m) => m.id);
  const ecarter = (motif: string, commentaire?: string) =>
    tri.mutate({
      ecarter: (ecart ?? []).map((id) => ({ id, motif: motif as Motif, commentaire })),
    });

  return (
    <>
      <h1 className={l.titre}>Tri des propositions</h1>
      <p className={l.texte}>
        Les propositions du matching, les plus anciennes d’abord. Retenir envoie la proposition au
        jeune ; écarter demande un motif et l’offre est complétée par le matching.
      </p>
      <p className={l.petit}>
        Au clavier : Tab et Maj+Tab passent d’un élément à l’autre, Espace coche une ligne, Entrée
        active un bouton. Après « Retenir » ou « Écarter », le curseur passe à la proposition
        suivante.
      </p>
      <TriBilan bilan={bilan} />
      <TriFiltre offre={offre} file={file.data} onOffre={onOffre} onManuelle={onManuelle} />
      <TriSelection
        n={choisies.length}
        pending={tri.isPending && !ecart}
        onRetenir={() => tri.mutate({ retenir: choisies })}
        onEcarter={() => setEcart(choisies)}
      />
      <p id="file-resume" tabIndex={-1} className={l.resume}>
        {file.isPending
          ? 'Chargement de la file…'
          : `${pluriel(total, 'proposition')} à examiner` +
            (pages > 1 ? ` (page ${file.data?.page ?? page} sur ${pages})` : '')}
      </p>
      {/* Loading: said by the summary above (no spinner to mount, animate and unmount). */}
      {file.isPending ? null : file.isError ? (
        <Alert color="red" role="alert">
          {file.error.message}
        </Alert>
      ) : lignes.length ? (
        <TriTable lignes={lignes} selection={selection} actions={actions} />
      ) : (
        <p>Aucune proposition à examiner.</p>
      )}
      <TriPages page={page} pages={pages} onPage={onPage} />
      {ecartVu && (
        <EcartModal
          noms={ecart && ecart.map((id) => (parId.get(id) ? nomJeune(parId.get(id)!) : id))}
          pending={tri.isPending}
          onClose={() => {
            const premier = ecart?.[0];
            setEcart(null);
            setFocus({ id: premier && parId.has(premier) ? premier : null });
          }}
          onSubmit={ecarter}
        />
      )}
      {manuelleVue && (
        <PropositionManuelle opened={manuelle} onClose={onFermer} onProposee={onProposee} />
      )}
    </>
  );
}
