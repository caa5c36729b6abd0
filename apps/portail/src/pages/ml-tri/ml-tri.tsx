import { Alert, Button, Group, List, Loader, NativeSelect, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, ok, Schemas } from '../../api/client';
import { MerCre, nomJeune, ResultatTri } from '../../api/mer-cre';
import { ApiProblem } from '../../api/problem';
import { EcartModal } from './ecart-modal';
import { PropositionManuelle } from './proposition-manuelle';
import { TriActions, TriTable } from './tri-table';

type Motif = Schemas['EcartLigneDto']['motif'];

interface Bilan {
  message: string;
  erreurs: { nom: string; detail: string }[];
}

const pluriel = (n: number, mot: string) => `${n} ${mot}${n > 1 ? 's' : ''}`;

/** The CRE's screening queue (issue 14): keep or discard, one by one or in bulk, by keyboard. */
export default function MlTri() {
  const [params, setParams] = useSearchParams();
  const offre = params.get('offre') ?? '';
  const client = useQueryClient();
  const file = useQuery({
    queryKey: ['mer', 'a-examiner'],
    queryFn: async () =>
      (await ok(api.GET('/mises-en-relation/a-examiner'))) as unknown as MerCre[],
  });
  // Lines done here disappear at once (the queue is fetched again behind).
  const [traitees, setTraitees] = useState<Set<string>>(() => new Set());
  const [selection, setSelection] = useState<Set<string>>(() => new Set());
  const [ecart, setEcart] = useState<string[] | null>(null);
  const [manuelle, setManuelle] = useState(false);
  const [bilan, setBilan] = useState<Bilan | null>(null);
  const [focus, setFocus] = useState<{ id: string | null } | null>(null);
  const bilanRef = useRef<HTMLDivElement>(null);

  const toutes = useMemo(
    () => (file.data ?? []).filter((m) => !traitees.has(m.id)),
    [file.data, traitees],
  );
  const lignes = useMemo(
    () => (offre ? toutes.filter((m) => m.offreId === offre) : toutes),
    [toutes, offre],
  );
  const parId = useMemo(() => new Map(toutes.map((m) => [m.id, m])), [toutes]);
  const offres = useMemo(() => {
    const o = new Map<string, { label: string; n: number }>();
    for (const m of toutes) {
      const e = o.get(m.offreId) ?? { label: `${m.offreTitre} (${m.entrepriseNom})`, n: 0 };
      e.n++;
      o.set(m.offreId, e);
    }
    return [...o].map(([value, e]) => ({ value, label: `${e.label} : ${e.n}` }));
  }, [toutes]);

  /** After an action: the next line still there gets the focus, else the queue's summary. */
  const suivante = (ids: string[]): string | null => {
    const last = Math.max(...ids.map((id) => lignes.findIndex((m) => m.id === id)));
    return lignes.slice(last + 1).find((m) => !ids.includes(m.id))?.id ?? null;
  };
  useEffect(() => {
    if (!focus) return;
    const el = document.getElementById(focus.id ? `retenir-${focus.id}` : 'file-resume');
    el?.focus();
  }, [focus]);
  useEffect(() => {
    if (bilan?.erreurs.length) bilanRef.current?.focus();
  }, [bilan]);

  const tri = useMutation({
    mutationFn: async (body: Schemas['TriDto']) =>
      (await ok(api.POST('/mises-en-relation/tri', { body }))) as unknown as ResultatTri,
    onSuccess: (r, body) => {
      const ids = r.resultats.filter((l) => l.ok).map((l) => l.id);
      const next = suivante([...(body.retenir ?? []), ...(body.ecarter ?? []).map((e) => e.id)]);
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
      const parties = r.resultats
        .filter((l) => l.ok || (l.erreur && !l.erreur.reessayable))
        .map((l) => l.id);
      setTraitees((t) => new Set([...t, ...ids, ...parties]));
      setSelection(
        (s) => new Set([...s].filter((id) => !ids.includes(id) && !parties.includes(id))),
      );
      setEcart(null);
      setFocus({ id: next });
      client.invalidateQueries({ queryKey: ['mer'] });
    },
    onError: (e) =>
      setBilan({
        message: '',
        erreurs: [{ nom: 'Tri', detail: e instanceof ApiProblem ? e.message : String(e) }],
      }),
  });

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
  const ecarter = useCallback(
    (motif: string, commentaire?: string) =>
      tri.mutate({
        ecarter: (ecart ?? []).map((id) => ({ id, motif: motif as Motif, commentaire })),
      }),
    [ecart, tri],
  );
  const choisies = lignes.filter((m) => selection.has(m.id)).map((m) => m.id);

  return (
    <>
      <Title order={1} mb="xs">
        Tri des propositions
      </Title>
      <Text mb="sm">
        Les propositions du matching, les plus anciennes d’abord. Retenir envoie la proposition au
        jeune ; écarter demande un motif et l’offre est complétée par le matching.
      </Text>
      <Text size="sm" mb="md">
        Au clavier : Tab et Maj+Tab passent d’un élément à l’autre, Espace coche une ligne, Entrée
        active un bouton. Après « Retenir » ou « Écarter », le curseur passe à la proposition
        suivante.
      </Text>
      <div aria-live="polite">
        {bilan?.message && (
          <Alert color="green" mb="sm" title="C’est fait">
            {bilan.message}
          </Alert>
        )}
      </div>
      {!!bilan?.erreurs.length && (
        <Alert
          ref={bilanRef}
          tabIndex={-1}
          color="red"
          role="alert"
          mb="sm"
          title={`${pluriel(bilan.erreurs.length, 'ligne')} non appliquée${bilan.erreurs.length > 1 ? 's' : ''}`}
        >
          <List size="sm">
            {bilan.erreurs.map((e, i) => (
              <List.Item key={i}>
                {e.nom} : {e.detail}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group align="end" mb="sm" wrap="wrap">
        <NativeSelect
          style={{ flex: '1 1 16rem', minWidth: 0 }}
          label="Offre"
          value={offre}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setParams(v ? { offre: v } : {}, { replace: true });
          }}
          data={[{ value: '', label: `Toutes les offres : ${toutes.length}` }, ...offres]}
        />
        <Button variant="outline" onClick={() => setManuelle(true)}>
          Proposer un jeune à la main
        </Button>
      </Group>
      <Group mb="sm" wrap="wrap" role="group" aria-label="Actions sur la sélection">
        <Button
          disabled={!choisies.length}
          loading={tri.isPending && !ecart}
          onClick={() => tri.mutate({ retenir: choisies })}
        >
          Retenir la sélection ({choisies.length})
        </Button>
        <Button variant="outline" disabled={!choisies.length} onClick={() => setEcart(choisies)}>
          Écarter la sélection ({choisies.length})
        </Button>
      </Group>
      <Text id="file-resume" tabIndex={-1} fw={600} mb="xs">
        {file.isPending
          ? 'Chargement de la file…'
          : `${pluriel(lignes.length, 'proposition')} à examiner`}
      </Text>
      {file.isPending ? (
        <Loader aria-label="Chargement" />
      ) : file.isError ? (
        <Alert color="red" role="alert">
          {file.error.message}
        </Alert>
      ) : lignes.length ? (
        <TriTable lignes={lignes} selection={selection} actions={actions} />
      ) : (
        <Text>Aucune proposition à examiner.</Text>
      )}
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
      <PropositionManuelle
        opened={manuelle}
        onClose={() => setManuelle(false)}
        onProposee={(message) => setBilan({ message, erreurs: [] })}
      />
    </>
  );
}
