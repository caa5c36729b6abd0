import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { passwordErrors } from '../../forms/password';
import { siretError } from '../../forms/siret';
import { useIdentite } from '../../identity/identity';
import { ErrorSummary, fieldId } from '../../ui/error-summary';

const LABELS: Record<string, string> = {
  'entreprise.siret': 'SIRET',
  'entreprise.raisonSociale': 'Raison sociale',
  prenom: 'Prénom',
  nom: 'Nom',
  email: 'Adresse e-mail',
  telephone: 'Téléphone',
  password: 'Mot de passe',
  confirmation: 'Confirmation du mot de passe',
};

export default function Inscription() {
  const identite = useIdentite();
  const [v, setV] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: string) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value; // read now: React clears currentTarget after the event
    setV((old) => ({ ...old, [k]: value }));
  };
  const signup = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/portail/{structureCode}/inscription', {
          params: { path: { structureCode: identite?.code ?? '' } },
          body: {
            email: v.email ?? '',
            prenom: v.prenom ?? '',
            nom: v.nom ?? '',
            password: v.password ?? '',
            ...(v.telephone ? { telephone: v.telephone as never } : {}),
            entreprise: {
              siret: v['entreprise.siret'] ?? '',
              raisonSociale: v['entreprise.raisonSociale'] ?? '',
            },
          },
        }),
      ),
    onError: (e) => setErrors(e instanceof ApiProblem ? fieldErrors(e.problem) : {}),
  });
  const problem = signup.error instanceof ApiProblem ? signup.error.problem : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {
      ...passwordErrors(v.password ?? '', v.confirmation ?? ''),
    };
    const siret = siretError(v['entreprise.siret'] ?? '');
    if (siret) local['entreprise.siret'] = siret;
    for (const k of ['entreprise.raisonSociale', 'prenom', 'nom', 'email'])
      if (!v[k]?.trim()) local[k] = `${LABELS[k]} : champ obligatoire`;
    setErrors(local);
    if (!Object.keys(local).length) signup.mutate();
  };
  const input = (k: string, extra: Record<string, unknown> = {}) => ({
    id: fieldId(k),
    label: LABELS[k],
    value: v[k] ?? '',
    onChange: set(k),
    error: errors[k],
    ...extra,
  });

  if (signup.isSuccess)
    return (
      <Paper maw={640} mx="auto" p="lg" withBorder>
        <Title order={1} size="h2" mb="md">
          Inscription enregistrée
        </Title>
        <Alert color="yellow" role="status" title="Rattachement en attente de validation">
          {(signup.data as unknown as { message: string }).message} Un ou une chargé(e) de relations
          entreprises de {identite?.nom ?? 'la Mission Locale'} vérifie que vous représentez bien
          l’entreprise : tant que ce n’est pas fait, vous pouvez vous connecter mais pas déposer
          d’offre.
        </Alert>
        <Anchor component={Link} to="/connexion" mt="md" display="block">
          Se connecter
        </Anchor>
      </Paper>
    );

  return (
    <Paper maw={640} mx="auto" p="lg" withBorder>
      <Title order={1} size="h2" mb="xs">
        Inscrire mon entreprise
      </Title>
      <Text mb="md">Tous les champs sont obligatoires, sauf le téléphone.</Text>
      <ErrorSummary
        errors={errors}
        labels={LABELS}
        message={problem && !Object.keys(errors).length ? problem.detail : null}
      />
      <form onSubmit={submit} noValidate>
        <Stack>
          <Fieldset legend="Votre entreprise">
            <Stack>
              <TextInput
                {...input('entreprise.siret', {
                  description: '14 chiffres, espaces permis (ex. 732 829 320 00074)',
                  inputMode: 'numeric',
                  autoComplete: 'off',
                })}
              />
              <TextInput {...input('entreprise.raisonSociale', { autoComplete: 'organization' })} />
            </Stack>
          </Fieldset>
          <Fieldset legend="Vous">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput {...input('prenom', { autoComplete: 'given-name' })} />
              <TextInput {...input('nom', { autoComplete: 'family-name' })} />
              <TextInput {...input('email', { type: 'email', autoComplete: 'email' })} />
              <TextInput
                {...input('telephone', {
                  type: 'tel',
                  autoComplete: 'tel',
                  label: 'Téléphone (facultatif)',
                })}
              />
              <PasswordInput
                {...input('password', {
                  autoComplete: 'new-password',
                  description: '12 caractères au moins',
                })}
              />
              <PasswordInput {...input('confirmation', { autoComplete: 'new-password' })} />
            </SimpleGrid>
          </Fieldset>
          <Button type="submit" loading={signup.isPending}>
            Créer mon compte
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
