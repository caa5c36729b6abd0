import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { useLogin } from '../../session/session';
import { ErrorSummary, fieldId } from '../../ui/error-summary';

const LABELS = { email: 'Adresse e-mail', password: 'Mot de passe' };

export default function Connexion() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const problem = login.error instanceof ApiProblem ? login.error.problem : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!email.trim()) local.email = 'Indiquez votre adresse e-mail';
    if (!password) local.password = 'Indiquez votre mot de passe';
    setErrors(local);
    if (Object.keys(local).length) return;
    login.mutate(
      { email, password },
      {
        onSuccess: () =>
          navigate(params.get('retour')?.startsWith('/') ? params.get('retour')! : '/'),
        onError: (err) => setErrors(err instanceof ApiProblem ? fieldErrors(err.problem) : {}),
      },
    );
  };

  return (
    <Paper maw={460} mx="auto" p="lg" withBorder>
      <Title order={1} size="h2" mb="md">
        Se connecter
      </Title>
      <ErrorSummary
        errors={errors}
        labels={LABELS}
        message={problem && !Object.keys(errors).length ? problem.detail : null}
      />
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            id={fieldId('email')}
            label={LABELS.email}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          <PasswordInput
            id={fieldId('password')}
            label={LABELS.password}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
          <Button type="submit" loading={login.isPending}>
            Se connecter
          </Button>
          <Anchor component={Link} to="/mot-de-passe/oubli">
            Mot de passe oublié ?
          </Anchor>
          <Text size="sm">
            Pas encore de compte ?{' '}
            <Anchor component={Link} to="/inscription">
              Inscrire mon entreprise
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
