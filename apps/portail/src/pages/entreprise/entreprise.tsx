import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { api, ok, Schemas } from '../../api/client';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { ErrorSummary, fieldId } from '../../ui/error-summary';
import { MesImmersions } from '../immersions/mes-immersions';
import { useMesEntreprises } from '../shared/use-employeur';

const LABELS = { prenom: 'Prénom', nom: 'Nom', email: 'Adresse e-mail' };
const STATUT: Record<string, string> = {
  en_attente: 'en attente de validation',
  validee: 'validé',
  refusee: 'refusé',
};

export default function Entreprise() {
  const entreprises = useMesEntreprises();
  const id = entreprises.data?.[0]?.id;
  const detail = useQuery({
    queryKey: ['entreprise', id],
    enabled: !!id,
    queryFn: () => ok(api.GET('/entreprises/{id}', { params: { path: { id: id! } } })),
  });
  const [v, setV] = useState({ prenom: '', nom: '', email: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const invite = useMutation({
    mutationFn: () =>
      ok(api.POST('/entreprises/{id}/invitations', { params: { path: { id: id! } }, body: v })),
    onSuccess: () => setV({ prenom: '', nom: '', email: '' }),
    onError: (e) => setErrors(e instanceof ApiProblem ? fieldErrors(e.problem) : {}),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    for (const k of ['prenom', 'nom', 'email'] as const)
      if (!v[k].trim()) local[k] = 'Champ obligatoire';
    setErrors(local);
    if (!Object.keys(local).length) invite.mutate();
  };

  if (entreprises.isPending || (id && detail.isPending)) return <Loader aria-label="Chargement" />;
  if (!id)
    return (
      <Alert color="yellow" title="Rattachement en attente">
        La Mission Locale n’a pas encore validé votre rattachement.
      </Alert>
    );
  // The employer's view (the API answers staff with more fields, never an employer).
  const e = detail.data as Schemas['EntrepriseEmployeurView'];
  return (
    <>
      <Title order={1} mb="md">
        {e.raisonSociale}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="lg">
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Coordonnées
          </Title>
          <List size="sm">
            <List.Item>SIRET : {e.siret}</List.Item>
            {e.enseigne && <List.Item>Enseigne : {e.enseigne}</List.Item>}
            {e.adresse && (
              <List.Item>
                Adresse : {e.adresse} {e.codePostal}
              </List.Item>
            )}
            {e.trancheEffectifLibelle && (
              <List.Item>Effectif : {e.trancheEffectifLibelle}</List.Item>
            )}
          </List>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Contacts
          </Title>
          {e.contacts.length ? (
            <List size="sm">
              {e.contacts.map((c) => (
                <List.Item key={c.id}>
                  {c.prenom} {c.nom}
                  {c.fonction ? `, ${c.fonction}` : ''}
                  {c.email ? ` · ${c.email}` : ''}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">Aucun contact enregistré.</Text>
          )}
        </Card>
      </SimpleGrid>
      <Title order={2} size="h3" mb="xs">
        Mes collègues
      </Title>
      <List mb="md">
        {e.membres.map((m) => (
          <List.Item key={m.userId}>
            {m.prenom} {m.nom} ({m.email}) — {STATUT[m.statut] ?? m.statut}
          </List.Item>
        ))}
      </List>
      <Card withBorder mb="lg" maw={640}>
        <Title order={3} size="h4" mb="xs">
          Inviter un ou une collègue
        </Title>
        {invite.isSuccess && (
          <Alert color="green" role="status" mb="sm">
            Invitation envoyée par e-mail.
          </Alert>
        )}
        <ErrorSummary
          errors={errors}
          labels={LABELS}
          message={
            invite.error instanceof ApiProblem && !Object.keys(errors).length
              ? invite.error.problem.detail
              : null
          }
        />
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group grow>
              {(['prenom', 'nom'] as const).map((k) => (
                <TextInput
                  key={k}
                  id={fieldId(k)}
                  label={LABELS[k]}
                  required
                  value={v[k]}
                  error={errors[k]}
                  onChange={(ev) => setV({ ...v, [k]: ev.currentTarget.value })}
                />
              ))}
            </Group>
            <TextInput
              id={fieldId('email')}
              label={LABELS.email}
              type="email"
              required
              value={v.email}
              error={errors.email}
              onChange={(ev) => setV({ ...v, email: ev.currentTarget.value })}
            />
            <Button type="submit" loading={invite.isPending}>
              Envoyer l’invitation
            </Button>
          </Stack>
        </form>
      </Card>
      <MesImmersions />
    </>
  );
}
