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

const LABELS: Record<string, string> = {
  resultat: 'Réponse de l’employeur',
  entretienAt: "Date et heure de l'entretien",
  typeContrat: 'Type de contrat',
  dateDebut: 'Date de début du contrat',
  dateFin: 'Date de fin du contrat',
  heuresHebdo: 'Heures par semaine',
  motif: 'Motif',
  commentaire: 'Commentaire (facultatif)',
};

/** The employer answered by phone: the CRE records it (the same rules as the employer's form). */
export function ReponseTelephoneModal(p: {
  merId: string;
  nom: string;
  opened: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [v, setV] = useState<ReponseValues>(emptyReponse);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const client = useQueryClient();
  const set = (k: keyof ReponseValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((o) => ({ ...o, [k]: value }));
  };
  const answer = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/mises-en-relation/{id}/reponse-employeur', {
          params: { path: { id: p.merId } },
          body: toReponseBody(v),
        }),
      ),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['mer'] });
      p.onDone(
        v.resultat === 'recrutee'
          ? 'Recrutement enregistré.'
          : v.resultat === 'entretien'
            ? 'Entretien enregistré.'
            : 'Réponse enregistrée : candidature non retenue.',
      );
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
    if (local.resultat) local.resultat = 'Choisissez la réponse de l’employeur';
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
  return (
    <Modal
      opened={p.opened}
      onClose={p.onClose}
      title={`Réponse de l’employeur par téléphone pour ${p.nom}`}
      size="lg"
    >
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
              <Radio value="entretien" label="Un entretien est fixé" />
              <Radio value="recrutee" label="Le jeune est recruté" />
              <Radio value="non_retenue" label="La candidature n’est pas retenue" />
            </Stack>
          </Radio.Group>
          {v.resultat === 'entretien' && (
            <TextInput {...f('entretienAt')} type="datetime-local" required />
          )}
          {v.resultat === 'recrutee' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                {...f('typeContrat')}
                data={TYPES_CONTRAT.map((t) => ({ value: t.code, label: t.libelle }))}
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
              {v.resultat === 'recrutee' ? 'Enregistrer le recrutement' : 'Enregistrer la réponse'}
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
