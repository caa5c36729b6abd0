import { Button, Group, NativeSelect, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok, Schemas } from '../../api/client';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { ErrorSummary, fieldId } from '../../ui/error-summary';
import { ROLES_EQUIPE } from './libelles';

const VIDE = { prenom: '', nom: '', email: '', role: 'conseiller' };
const LABELS = { prenom: 'Prénom', nom: 'Nom', email: 'E-mail', role: 'Rôle' };

/** Invite a member of the team: an email with a link to set a password. */
export function InvitationForm() {
  const client = useQueryClient();
  const [v, setV] = useState(VIDE);
  const inviter = useMutation({
    mutationFn: () => ok(api.POST('/invitations', { body: v as Schemas['CreateInvitationDto'] })),
    onSuccess: () => {
      setV(VIDE);
      client.invalidateQueries({ queryKey: ['invitations'] });
    },
  });
  const errors = inviter.error instanceof ApiProblem ? fieldErrors(inviter.error.problem) : {};
  const champ = (k: 'prenom' | 'nom' | 'email') => (
    <TextInput
      id={fieldId(k)}
      label={LABELS[k]}
      required
      type={k === 'email' ? 'email' : 'text'}
      value={v[k]}
      error={errors[k]}
      onChange={(e) => setV({ ...v, [k]: e.currentTarget.value })}
    />
  );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        inviter.mutate();
      }}
    >
      <Title order={2} size="h3" mb="xs">
        Inviter un membre de l’équipe
      </Title>
      <ErrorSummary errors={errors} labels={LABELS} message={inviter.error?.message} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {champ('prenom')}
        {champ('nom')}
        {champ('email')}
        <NativeSelect
          id={fieldId('role')}
          label="Rôle"
          value={v.role}
          onChange={(e) => setV({ ...v, role: e.currentTarget.value })}
          data={ROLES_EQUIPE}
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit" loading={inviter.isPending}>
          Envoyer l’invitation
        </Button>
        {inviter.isSuccess && <span role="status">Invitation envoyée.</span>}
      </Group>
    </form>
  );
}
