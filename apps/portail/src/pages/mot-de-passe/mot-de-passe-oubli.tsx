import { Alert, Anchor, Button, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { ErrorSummary, fieldId } from '../../ui/error-summary';

export default function MotDePasseOubli() {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const send = useMutation({
    mutationFn: () => ok(api.POST('/auth/mot-de-passe/oubli', { body: { email } })),
    onError: (e) => setErrors(e instanceof ApiProblem ? fieldErrors(e.problem) : {}),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!email.trim()) return setErrors({ email: 'Indiquez votre adresse e-mail' });
    setErrors({});
    send.mutate();
  };
  return (
    <Paper maw={460} mx="auto" p="lg" withBorder>
      <Title order={1} size="h2" mb="md">
        Mot de passe oublié
      </Title>
      {send.isSuccess ? (
        <Alert color="green" role="status" title="Demande envoyée">
          {send.data?.message}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={errors} labels={{ email: 'Adresse e-mail' }} />
          <Stack>
            <TextInput
              id={fieldId('email')}
              label="Adresse e-mail de votre compte"
              description="Vous recevrez un lien valable une heure pour choisir un nouveau mot de passe."
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
            />
            <Button type="submit" loading={send.isPending}>
              Recevoir le lien
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/connexion" mt="md" display="block">
        Retour à la connexion
      </Anchor>
    </Paper>
  );
}
