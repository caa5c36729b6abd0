import {
  Button,
  Group,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { api, ok } from '../../api/client';
import { MerEmployeur, MOTIFS_NON_RETENUE } from '../../api/mer';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { TYPES_CONTRAT } from '../../forms/offre-form';
import {
  emptyReponse,
  ReponseValues,
  toReponseBody,
  validateReponse,
} from '../../forms/reponse-form';
import { ErrorSummary, fieldId } from '../../ui/error-summary';

const LABELS: Record<string, string> = {
  resultat: 'Votre réponse',
  entretienAt: "Date et heure de l'entretien",
  typeContrat: 'Type de contrat',
  dateDebut: 'Date de début du contrat',
  dateFin: 'Date de fin du contrat',
  heuresHebdo: 'Heures par semaine',
  motif: 'Motif',
  commentaire: 'Commentaire (facultatif)',
};

/** The employer's answer in the portal: the same as the email's one-click page. */
export function ReponseModal({ mer, onClose }: { mer: MerEmployeur | null; onClose: () => void }) {
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
          params: { path: { id: mer!.id } },
          body: toReponseBody(v),
        }),
      ),
    onSuccess: () => {
      client.invalidateQueries();
      setV(emptyReponse());
      onClose();
    },
    onError: (e) => setErrors(e instanceof ApiProblem ? fieldErrors(e.problem) : {}),
  });
  const problem = answer.error instanceof ApiProblem ? answer.error.problem : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local = validateReponse(v);
    setErrors(local);
    if (!Object.keys(local).length) answer.mutate();
  };
  const f = (k: keyof ReponseValues) => ({
    id: fieldId(k),
    label: LABELS[k],
    error: errors[k],
    value: v[k],
    onChange: set(k),
  });
  const nom = mer ? `${mer.candidat.prenom} ${mer.candidat.nom}` : '';

  return (
    <Modal opened={!!mer} onClose={onClose} title={`Répondre pour ${nom}`} size="lg">
      <form onSubmit={submit} noValidate>
        <ErrorSummary
          errors={errors}
          labels={LABELS}
          message={problem && !Object.keys(errors).length ? problem.detail : null}
        />
        <Stack>
          <Radio.Group
            id={fieldId('resultat')}
            label={LABELS.resultat}
            value={v.resultat}
            onChange={(x) => setV((o) => ({ ...o, resultat: x as ReponseValues['resultat'] }))}
            error={errors.resultat}
            required
          >
            <Stack gap="xs" mt="xs">
              <Radio value="entretien" label="Je fixe un entretien" />
              <Radio value="recrutee" label="Je recrute cette personne" />
              <Radio value="non_retenue" label="Je ne retiens pas cette candidature" />
            </Stack>
          </Radio.Group>
          {v.resultat === 'entretien' && (
            <TextInput {...f('entretienAt')} type="datetime-local" required />
          )}
          {v.resultat === 'recrutee' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                {...f('typeContrat')}
                onChange={(x) => setV((o) => ({ ...o, typeContrat: x ?? 'CDD' }))}
                data={TYPES_CONTRAT.map((t) => ({ value: t.code, label: t.libelle }))}
                allowDeselect={false}
              />
              <TextInput {...f('heuresHebdo')} inputMode="decimal" required />
              <TextInput {...f('dateDebut')} type="date" required />
              <TextInput {...f('dateFin')} type="date" />
            </SimpleGrid>
          )}
          {v.resultat === 'non_retenue' && (
            <Select
              {...f('motif')}
              onChange={(x) => setV((o) => ({ ...o, motif: x ?? '' }))}
              data={MOTIFS_NON_RETENUE}
              required
            />
          )}
          <Textarea {...f('commentaire')} autosize minRows={2} />
          <Group>
            <Button type="submit" loading={answer.isPending}>
              {v.resultat === 'recrutee' ? 'Confirmer le recrutement' : 'Envoyer ma réponse'}
            </Button>
            <Button variant="outline" onClick={onClose}>
              Annuler
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
