import { Alert, Anchor, Button, Group, Loader, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, ok } from '../../api/client';
import { useSession } from '../../session/session';
import { dateFr } from '../../ui/statut';
import { CONVENTION_STATUTS } from '../ml-conseiller/types';
import { Signatures } from './signatures';
import { Suites } from './suites';

type Action = 'soumettre' | 'renvoyer' | 'viser' | 'valider';
/** A CRE follows agreements but does not validate them (the API answers 403). */
const VALIDATION: Action[] = ['viser', 'valider'];

const ACTIONS: Record<string, { action: Action; label: string }[]> = {
  brouillon: [{ action: 'soumettre', label: 'Envoyer pour signature' }],
  a_signer: [{ action: 'renvoyer', label: 'Renvoyer les liens de signature' }],
  partiellement_signee: [{ action: 'renvoyer', label: 'Renvoyer les liens de signature' }],
  signee: [
    { action: 'viser', label: 'Viser (validation en deux étapes)' },
    { action: 'valider', label: 'Valider la convention' },
  ],
};

/** One agreement: status, signatures' progress, reminders, validation, PDF, assessment. */
export default function ConventionDetail() {
  const { id = '' } = useParams();
  const client = useQueryClient();
  const { data: session } = useSession();
  const c = useQuery({
    queryKey: ['pmsmp', id],
    queryFn: () => ok(api.GET('/pmsmp/conventions/{id}', { params: { path: { id } } })),
  });
  const agir = useMutation({
    mutationFn: (action: Action) =>
      ok(api.POST(`/pmsmp/conventions/{id}/${action}`, { params: { path: { id } } })),
    onSuccess: (_, action) => {
      client.invalidateQueries({ queryKey: ['pmsmp'] });
      return action;
    },
  });
  if (c.isPending) return <Loader aria-label="Chargement de la convention" />;
  if (!c.data) return <Alert color="red">{c.error?.message}</Alert>;
  const d = c.data;
  const k = d.contenu;
  return (
    <>
      <Title order={1} mb="xs">
        Convention d’immersion de {k.beneficiaire.prenom} {k.beneficiaire.nom}
      </Title>
      <Text mb="md">
        {CONVENTION_STATUTS[d.statut] ?? d.statut} · {k.accueil.raisonSociale} ·{' '}
        {k.metier.appellation} · du {dateFr(k.dateDebut)} au {dateFr(k.dateFin)} ·{' '}
        {d.totaux.heuresTotal} h sur {d.totaux.joursPresence} jours
      </Text>
      {d.motifRefus && (
        <Alert color="red" mb="md" title="Refusée">
          {d.motifRefus}
        </Alert>
      )}
      <div role="status" aria-live="polite">
        {agir.isSuccess && agir.variables === 'soumettre' && (
          <Alert color="green" mb="md">
            Convention envoyée aux signataires.
          </Alert>
        )}
        {agir.isSuccess && agir.variables === 'renvoyer' && (
          <Alert color="green" mb="md">
            Liens renvoyés aux signataires qui n’ont pas signé.
          </Alert>
        )}
        {agir.isError && (
          <Alert color="red" mb="md">
            {agir.error.message}
          </Alert>
        )}
      </div>
      {d.statut !== 'brouillon' && <Signatures c={d} />}
      <Group mb="lg">
        {(ACTIONS[d.statut] ?? [])
          .filter((a) => session?.user.role !== 'cre' || !VALIDATION.includes(a.action))
          .map((a) => (
            <Button
              key={a.action}
              onClick={() => agir.mutate(a.action)}
              loading={agir.isPending && agir.variables === a.action}
            >
              {a.label}
            </Button>
          ))}
        {d.pdf && (
          <Anchor href={`/pmsmp/conventions/${id}/pdf`} download>
            Télécharger le PDF (version {d.pdf.version}
            {d.pdf.aJour ? '' : ', en cours de mise à jour'})
          </Anchor>
        )}
      </Group>
      {d.statut === 'validee' && <Suites c={d} />}
    </>
  );
}
