import {
  Button,
  Group,
  Modal,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { api, ok } from '../../api/client';
import { MOTIFS_NON_RETENUE } from '../../api/mer';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { TYPES_CONTRAT } from '../../forms/offre-form';
import {
  emptyReponse,
  ReponseValues,
  toReponseBody,
  validateReponse,
} from '../../forms/reponse-form';
import { ErrorSummary, fieldId } from '../../ui/error-summary';

/**
 * Who fills the form: the employer in the portal (the same answer as the email's one-click page),
 * or the CRE recording an answer the employer gave by phone. Same rules, same endpoint; only the
 * wording differs.
 */
const VOIX = {
  employeur: {
    titre: (nom: string) => `Répondre pour ${nom}`,
    resultat: 'Votre réponse',
    choisir: 'Choisissez votre réponse',
    entretien: 'Je fixe un entretien',
    recrutee: 'Je recrute cette personne',
    nonRetenue: 'Je ne retiens pas cette candidature',
    recruter: 'Confirmer le recrutement',
    envoyer: 'Envoyer ma réponse',
  },
  telephone: {
    titre: (nom: string) => `Réponse de l’employeur par téléphone pour ${nom}`,
    resultat: 'Réponse de l’employeur',
    choisir: 'Choisissez la réponse de l’employeur',
    entretien: 'Un entretien est fixé',
    recrutee: 'Le jeune est recruté',
    nonRetenue: 'La candidature n’est pas retenue',
    recruter: 'Enregistrer le recrutement',
    envoyer: 'Enregistrer la réponse',
  },
} as const;

const LABELS: Record<string, string> = {
  entretienAt: "Date et heure de l'entretien",
  typeContrat: 'Type de contrat',
  dateDebut: 'Date de début du contrat',
  dateFin: 'Date de fin du contrat',
  heuresHebdo: 'Heures par semaine',
  motif: 'Motif',
  commentaire: 'Commentaire (facultatif)',
};

const FAIT: Record<string, string> = {
  entretien: 'Entretien enregistré.',
  recrutee: 'Recrutement enregistré.',
  non_retenue: 'Réponse enregistrée : candidature non retenue.',
};

/** The employer's answer to a candidate (interview, hire with the contract, not kept). */
export function ReponseEmployeurModal(p: {
  voix: keyof typeof VOIX;
  merId: string | null;
  nom: string;
  onClose: () => void;
  onDone?: (message: string) => void;
}) {
  const t = VOIX[p.voix];
  const labels: Record<string, string> = { ...LABELS, resultat: t.resultat };
  const [v, setV] = useState<ReponseValues>(emptyReponse);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const client = useQueryClient();
  const set = (k: keyof ReponseValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value; // read now: React clears currentTarget after the event
    setV((o) => ({ ...o, [k]: value }));
  };
  const answer = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/mises-en-relation/{id}/reponse-employeur', {
          params: { path: { id: p.merId! } },
          body: toReponseBody(v),
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries();
      p.onDone?.(FAIT[v.resultat]);
      setV(emptyReponse());
      setErrors({});
      p.onClose();
    },
    onError: (e) => setErrors(e instanceof ApiProblem ? fieldErrors(e.problem) : {}),
  });
  const problem = answer.error instanceof ApiProblem ? answer.error.problem : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local = validateReponse(v);
    if (local.resultat) local.resultat = t.choisir;
    setErrors(local);
    if (!Object.keys(local).length) answer.mutate();
  };
  const f = (k: keyof ReponseValues) => ({
    id: fieldId(k),
    label: labels[k],
    error: errors[k],
    value: v[k],
    onChange: set(k),
  });

  return (
    <Modal opened={!!p.merId} onClose={p.onClose} title={t.titre(p.nom)} size="lg">
      <form onSubmit={submit} noValidate>
        <ErrorSummary
          errors={errors}
          labels={labels}
          message={problem && !Object.keys(errors).length ? problem.detail : null}
        />
        <Stack>
          <Radio.Group
            id={fieldId('resultat')}
            label={t.resultat}
            value={v.resultat}
            onChange={(x) => setV((o) => ({ ...o, resultat: x as ReponseValues['resultat'] }))}
            error={errors.resultat}
            required
          >
            <Stack gap="xs" mt="xs">
              <Radio value="entretien" label={t.entretien} />
              <Radio value="recrutee" label={t.recrutee} />
              <Radio value="non_retenue" label={t.nonRetenue} />
            </Stack>
          </Radio.Group>
          {v.resultat === 'entretien' && (
            <TextInput {...f('entretienAt')} type="datetime-local" required />
          )}
          {v.resultat === 'recrutee' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                {...f('typeContrat')}
                data={TYPES_CONTRAT.map((c) => ({ value: c.code, label: c.libelle }))}
              />
              <TextInput {...f('heuresHebdo')} inputMode="decimal" required />
              <TextInput {...f('dateDebut')} type="date" required />
              <TextInput {...f('dateFin')} type="date" />
            </SimpleGrid>
          )}
          {v.resultat === 'non_retenue' && (
            <NativeSelect
              {...f('motif')}
              data={[{ value: '', label: 'Choisissez…' }, ...MOTIFS_NON_RETENUE]}
              required
            />
          )}
          <Textarea {...f('commentaire')} autosize minRows={2} />
          <Group>
            <Button type="submit" loading={answer.isPending}>
              {v.resultat === 'recrutee' ? t.recruter : t.envoyer}
            </Button>
            <Button variant="outline" onClick={p.onClose}>
              Annuler
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
