import { Alert, Button, Group, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { api, ok } from '../../api/client';
import { fieldErrors } from '../../api/problem';
import classes from './rapport.module.css';

export const adhesionQuery = {
  queryKey: ['pilotage', 'adhesion'],
  queryFn: () => ok(api.GET('/pilotage/reseau/adhesion', {})),
};

/** The admin shares the structure's figures with the network (naming its department), or stops. */
export function Adhesion() {
  const client = useQueryClient();
  const q = useQuery(adhesionQuery);
  const [departement, setDepartement] = useState('');
  const done = () => client.invalidateQueries({ queryKey: ['pilotage'] });
  const adherer = useMutation({
    mutationFn: () =>
      ok(api.PUT('/pilotage/reseau/adhesion', { body: { departement: departement.trim() } })),
    onSuccess: done,
  });
  const retirer = useMutation({
    mutationFn: () => ok(api.DELETE('/pilotage/reseau/adhesion', {})),
    onSuccess: done,
  });
  const erreur = adherer.error
    ? (fieldErrors((adherer.error as { problem?: never }).problem).departement ??
      adherer.error.message)
    : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    adherer.mutate();
  };
  if (!q.data) return null;
  return (
    <section aria-labelledby="titre-adhesion" className={classes.ecran}>
      <Title order={2} size="h3" id="titre-adhesion">
        Partage des chiffres de la structure
      </Title>
      {q.data.adhere ? (
        <Group gap="sm" align="center" wrap="wrap">
          <Text>
            Votre structure partage ses chiffres avec le réseau (département {q.data.departement}).
          </Text>
          <Button variant="outline" color="red" onClick={() => retirer.mutate()}>
            Ne plus partager
          </Button>
        </Group>
      ) : (
        <form onSubmit={submit} aria-label="Partager les chiffres">
          <Text mb="xs">
            Votre structure ne partage pas ses chiffres : les partager donne accès à ceux du réseau
            (les structures qui partagent les leurs), par région et par département.
          </Text>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label="Département de la structure (code INSEE : 59, 2A, 974…)"
              value={departement}
              onChange={(e) => setDepartement(e.currentTarget.value)}
              error={erreur}
              required
            />
            <Button type="submit" loading={adherer.isPending}>
              Partager nos chiffres
            </Button>
          </Group>
        </form>
      )}
      {retirer.isError && (
        <Alert color="red" role="alert">
          {retirer.error.message}
        </Alert>
      )}
    </section>
  );
}
