import { Button, Group, Loader, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, ok, Schemas } from '../../api/client';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { ErrorSummary, fieldId } from '../../ui/error-summary';

type Identite = Required<{ [K in keyof Schemas['ModifierIdentiteDto']]: string }>;
const LABELS: Record<keyof Identite, string> = {
  nom: 'Nom de la Mission Locale',
  email: 'E-mail de contact',
  telephone: 'Téléphone de contact',
  couleur: 'Couleur principale',
  logoUrl: 'Adresse du logo',
};

/** The structure's identity: shown by the portal (header, footer, colour) and in the messages. */
export default function IdentiteStructure() {
  const client = useQueryClient();
  const current = useQuery({
    queryKey: ['structures', 'current'],
    queryFn: () => ok(api.GET('/structures/current', {})),
  });
  const [v, setV] = useState<Identite | null>(null);
  useEffect(() => {
    if (current.data)
      setV(
        Object.fromEntries(
          Object.keys(LABELS).map((k) => [k, current.data[k as keyof Identite] ?? '']),
        ) as Identite,
      );
  }, [current.data]);
  const enregistrer = useMutation({
    mutationFn: () => ok(api.PATCH('/structures/current', { body: v! })),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['identite'] });
      client.invalidateQueries({ queryKey: ['structures'] });
    },
  });
  if (!v) return <Loader aria-label="Chargement de l’identité" />;
  const errors =
    enregistrer.error instanceof ApiProblem ? fieldErrors(enregistrer.error.problem) : {};
  const champ = (k: keyof Identite, type = 'text') => (
    <TextInput
      id={fieldId(k)}
      label={LABELS[k]}
      type={type}
      value={v[k]}
      error={errors[k]}
      onChange={(e) => setV({ ...v, [k]: e.currentTarget.value })}
    />
  );
  return (
    <Stack maw={640}>
      <Title order={1}>Identité de la Mission Locale</Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          enregistrer.mutate();
        }}
      >
        <ErrorSummary errors={errors} labels={LABELS} message={enregistrer.error?.message} />
        <Stack>
          {champ('nom')}
          {champ('email', 'email')}
          {champ('telephone', 'tel')}
          <TextInput
            id={fieldId('couleur')}
            label={LABELS.couleur}
            description="Au format #rrggbb (ex. #1d4f91) ; le portail en garantit le contraste"
            value={v.couleur}
            error={errors.couleur}
            onChange={(e) => setV({ ...v, couleur: e.currentTarget.value })}
          />
          {champ('logoUrl', 'url')}
          <Group>
            <Button type="submit" loading={enregistrer.isPending}>
              Enregistrer l’identité
            </Button>
            {enregistrer.isSuccess && <span role="status">Identité enregistrée.</span>}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
