import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, ok, Schemas } from '../../api/client';
import { MerCre, nomJeune, ResultatTri } from '../../api/mer-cre';
import { ApiProblem } from '../../api/problem';
import { Bilan, pluriel } from './tri-bilan';
import { FileTri, useRetirer } from './use-file-tri';

/**
 * Keep / discard (one line or the selection) on the page shown, and where the focus goes next:
 * the next line of the page still there, else the first line that arrives from the next page,
 * else the queue's summary.
 */
export function useTri(cle: unknown[], lignes: MerCre[], onFait: (ids: string[]) => void) {
  const client = useQueryClient();
  const retirer = useRetirer();
  const [bilan, setBilan] = useState<Bilan | null>(null);
  const [focus, setFocus] = useState<{ id: string | null } | null>(null);
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus.id ? `retenir-${focus.id}` : 'file-resume')?.focus();
  }, [focus]);

  const mutation = useMutation({
    mutationFn: (body: Schemas['TriDto']) =>
      ok(api.POST('/mises-en-relation/tri', { body })) as Promise<ResultatTri>,
    onSuccess: async (r, body) => {
      const actes = [...(body.retenir ?? []), ...(body.ecarter ?? []).map((e) => e.id)];
      const last = Math.max(...actes.map((id) => lignes.findIndex((m) => m.id === id)));
      const suivante = lignes.slice(last + 1).find((m) => !actes.includes(m.id))?.id;
      const parId = new Map(lignes.map((m) => [m.id, m]));
      const verbe = body.retenir ? 'retenue' : 'écartée';
      const fait = `${pluriel(r.appliquees, 'proposition')} ${verbe}${r.appliquees > 1 ? 's' : ''}`;
      setBilan({
        message: !r.appliquees
          ? ''
          : body.retenir
            ? `${fait} : les jeunes sont prévenus.`
            : `${fait}.`,
        erreurs: r.resultats
          .filter((l) => !l.ok)
          .map((l) => {
            const m = parId.get(l.id);
            return {
              nom: m ? `${nomJeune(m)} (« ${m.offreTitre} »)` : l.id,
              detail: l.erreur?.detail ?? 'Erreur inconnue',
            };
          }),
      });
      // Refused lines whose MER moved on elsewhere leave the queue too; the others stay ticked.
      const partis = r.resultats
        .filter((l) => l.ok || (l.erreur && !l.erreur.reessayable))
        .map((l) => l.id);
      onFait(partis);
      const avant = new Set(lignes.map((m) => m.id));
      const relu = retirer(cle, partis);
      if (suivante) return setFocus({ id: suivante });
      await relu;
      const arrivee = client.getQueryData<FileTri>(cle)?.items.find((m) => !avant.has(m.id));
      setFocus({ id: arrivee?.id ?? null });
    },
    onError: (e) =>
      setBilan({
        message: '',
        erreurs: [{ nom: 'Tri', detail: e instanceof ApiProblem ? e.message : String(e) }],
      }),
  });
  return { mutation, bilan, setBilan, setFocus };
}
