import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { FormEvent, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { passwordErrors, PASSWORD_MIN_LENGTH } from '../../forms/password';
import { ErrorSummary, fieldId } from '../../ui/error-summary';

const LABELS = { password: 'Nouveau mot de passe', confirmation: 'Confirmation' };

/** The link's token is in the fragment (#jeton=…): never sent to a server, nor in a Referer. */
export default function MotDePasseNouveau() {
  const jeton = useMemo(
    () => new URLSearchParams(window.location.hash.slice(1)).get('jeton') ?? '',
    [],
  );
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => ok(api.POST('/auth/mot-de-passe/nouveau', { body: { jeton, password } })),
    onError: (e) => setErrors(e instanceof ApiProblem ? fieldErrors(e.problem) : {}),
  });
  const problem = save.error instanceof ApiProblem ? save.error.problem : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local = passwordErrors(password, confirmation);
    setErrors(local);
    if (!Object.keys(local).length) save.mutate();
  };
  return (
    <Paper maw={460} mx="auto" p="lg" withBorder>
      <Title order={1} size="h2" mb="md">
        Choisir un nouveau mot de passe
      </Title>
      {save.isSuccess ? (
        <Alert color="green" role="status" title="Mot de passe changé">
          Vous pouvez vous connecter avec votre nouveau mot de passe.{' '}
          <Anchor component={Link} to="/connexion">
            Se connecter
          </Anchor>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorSummary
            errors={errors}
            labels={LABELS}
            message={problem && !Object.keys(errors).length ? problem.detail : null}
          />
          <Stack>
            <PasswordInput
              id={fieldId('password')}
              label={LABELS.password}
              description={`${PASSWORD_MIN_LENGTH} caractères au moins ; une phrase facile à retenir convient.`}
              autoComplete="new-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
            />
            <PasswordInput
              id={fieldId('confirmation')}
              label={LABELS.confirmation}
              autoComplete="new-password"
              required
              value={confirmation}
              onChange={(e) => setConfirmation(e.currentTarget.value)}
              error={errors.confirmation}
            />
            <Button type="submit" loading={save.isPending}>
              Enregistrer
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
