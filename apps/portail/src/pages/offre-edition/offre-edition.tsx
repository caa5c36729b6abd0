import { Button, Group, Loader, Modal, Select, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, ok, OffreView } from '../../api/client';
import { ApiProblem, fieldErrors, Problem } from '../../api/problem';
import {
  emptyOffre,
  fromOffre,
  OffreFormValues,
  toOffreBody,
  validateOffre,
} from '../../forms/offre-form';
import { ErrorSummary } from '../../ui/error-summary';
import { OFFRE_LABELS, OffreChamps } from '../shared/offre-champs';
import { useMesEntreprises } from '../shared/use-employeur';

const parisToday = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
type Envoi = 'brouillon' | 'a_valider';

export default function OffreEdition() {
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const entreprises = useMesEntreprises();
  const existing = useQuery({
    queryKey: ['offre', id],
    enabled: !!id,
    queryFn: () => ok(api.GET('/offres/{id}', { params: { path: { id: id! } } })),
  });
  const [v, setV] = useState<OffreFormValues>(emptyOffre);
  const [entrepriseId, setEntrepriseId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [doublon, setDoublon] = useState<{ envoi: Envoi; detail: string } | null>(null);
  useEffect(() => {
    if (existing.data) setV(fromOffre(existing.data));
  }, [existing.data]);
  useEffect(() => {
    if (!entrepriseId && entreprises.data?.[0]) setEntrepriseId(entreprises.data[0].id);
  }, [entreprises.data, entrepriseId]);
  const set = <K extends keyof OffreFormValues>(k: K, value: OffreFormValues[K]) =>
    setV((old) => ({ ...old, [k]: value }));

  const save = useMutation({
    mutationFn: async ({
      envoi,
      confirmerDoublon,
    }: {
      envoi: Envoi;
      confirmerDoublon?: boolean;
    }): Promise<OffreView> => {
      const body = toOffreBody(v);
      if (!id)
        return ok(
          api.POST('/offres', {
            body: {
              ...body,
              entrepriseId: entrepriseId!,
              etat: envoi,
              ...(confirmerDoublon ? { confirmerDoublon } : {}),
            },
          }),
        );
      const saved = await ok(api.PATCH('/offres/{id}', { params: { path: { id } }, body }));
      if (envoi === 'a_valider' && saved.statut === 'brouillon')
        return ok(
          api.POST('/offres/{id}/{action}', {
            params: { path: { id, action: 'soumettre' } },
            body: {},
          }),
        );
      return saved;
    },
    onSuccess: (offre) => {
      client.invalidateQueries({ queryKey: ['offres'] });
      client.setQueryData(['offre', offre.id], offre);
      navigate(`/offres/${offre.id}`, { state: { enregistree: true } });
    },
    onError: (e, { envoi }) => {
      if (!(e instanceof ApiProblem)) return setProblem({ detail: String(e) });
      if (e.problem.code === 'OFFRE_DOUBLON')
        return setDoublon({ envoi, detail: e.problem.detail ?? '' });
      setErrors(fieldErrors(e.problem));
      setProblem(e.problem);
    },
  });

  const submit = (envoi: Envoi) => (e?: FormEvent) => {
    e?.preventDefault();
    setProblem(null);
    const local = validateOffre(v, parisToday());
    setErrors(local);
    if (!Object.keys(local).length) save.mutate({ envoi });
  };

  if ((id && existing.isPending) || entreprises.isPending)
    return <Loader aria-label="Chargement" />;
  const modifiable =
    !existing.data || ['brouillon', 'a_valider', 'publiee'].includes(existing.data.statut);
  return (
    <>
      <Title order={1} mb="xs">
        {id ? `Modifier « ${existing.data?.titre} »` : 'Déposer une offre'}
      </Title>
      <Text mb="md">Les champs marqués d’un astérisque (*) sont obligatoires.</Text>
      {!modifiable && <Text role="status">Cette offre n’est plus modifiable.</Text>}
      <ErrorSummary
        errors={errors}
        labels={OFFRE_LABELS}
        message={problem && !Object.keys(errors).length ? problem.detail : null}
      />
      <form onSubmit={submit('a_valider')} noValidate>
        {!id && (entreprises.data?.length ?? 0) > 1 && (
          <Select
            label="Entreprise"
            mb="md"
            data={entreprises.data!.map((e) => ({ value: e.id, label: e.raisonSociale }))}
            value={entrepriseId}
            onChange={setEntrepriseId}
            allowDeselect={false}
          />
        )}
        <OffreChamps v={v} set={set} errors={errors} />
        <Group mt="lg">
          <Button type="submit" loading={save.isPending} disabled={!modifiable}>
            {existing.data && existing.data.statut !== 'brouillon'
              ? 'Enregistrer les modifications'
              : 'Envoyer à la Mission Locale'}
          </Button>
          {(!existing.data || existing.data.statut === 'brouillon') && (
            <Button
              variant="outline"
              onClick={() => submit('brouillon')()}
              loading={save.isPending}
            >
              Enregistrer le brouillon
            </Button>
          )}
        </Group>
      </form>
      <Modal
        opened={!!doublon}
        onClose={() => setDoublon(null)}
        title="Une offre semblable est déjà en cours"
      >
        <Text mb="md">{doublon?.detail}</Text>
        <Group>
          <Button
            onClick={() => {
              const envoi = doublon!.envoi;
              setDoublon(null);
              save.mutate({ envoi, confirmerDoublon: true });
            }}
          >
            Créer quand même
          </Button>
          <Button variant="outline" onClick={() => setDoublon(null)}>
            Annuler
          </Button>
        </Group>
      </Modal>
    </>
  );
}
