import { Anchor, Button, Group, Loader, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ok } from '../../api/client';
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

const parisToday = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());

/** The CRE corrects an offer (same fields and checks as the employer's form; changes are logged). */
export default function MlOffreEdition() {
  const { id } = useParams() as { id: string };
  const navigate = useNavigate();
  const client = useQueryClient();
  const existing = useQuery({
    queryKey: ['offre', id],
    queryFn: () => ok(api.GET('/offres/{id}', { params: { path: { id } } })),
  });
  const [v, setV] = useState<OffreFormValues>(emptyOffre);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    if (existing.data) setV(fromOffre(existing.data));
  }, [existing.data]);
  const set = <K extends keyof OffreFormValues>(k: K, value: OffreFormValues[K]) =>
    setV((old) => ({ ...old, [k]: value }));
  const save = useMutation({
    mutationFn: () =>
      ok(api.PATCH('/offres/{id}', { params: { path: { id } }, body: toOffreBody(v) })),
    onSuccess: (o) => {
      client.setQueryData(['offre', id], o);
      client.invalidateQueries({ queryKey: ['ml-offres'] });
      client.invalidateQueries({ queryKey: ['offre', id, 'historique'] });
      navigate(`/ml/offres/${id}`);
    },
    onError: (e) => {
      const p = e instanceof ApiProblem ? e.problem : { detail: String(e) };
      setErrors(fieldErrors(p));
      setProblem(p);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const local = validateOffre(v, parisToday());
    setErrors(local);
    if (!Object.keys(local).length) save.mutate();
  };
  if (existing.isPending) return <Loader aria-label="Chargement" />;
  return (
    <>
      <Anchor component={Link} to={`/ml/offres/${id}`} size="sm">
        ← Retour à l’offre
      </Anchor>
      <Title order={1} my="xs">
        Modifier « {existing.data?.titre} »
      </Title>
      <Text mb="md">Les champs marqués d’un astérisque (*) sont obligatoires.</Text>
      <ErrorSummary
        errors={errors}
        labels={OFFRE_LABELS}
        message={problem && !Object.keys(errors).length ? problem.detail : null}
      />
      <form onSubmit={submit} noValidate>
        <OffreChamps v={v} set={set} errors={errors} />
        <Group mt="lg">
          <Button type="submit" loading={save.isPending}>
            Enregistrer les modifications
          </Button>
        </Group>
      </form>
    </>
  );
}
