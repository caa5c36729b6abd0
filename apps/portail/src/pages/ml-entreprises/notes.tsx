import { Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { api, ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { dateFr } from '../../ui/statut';

/** The staff's notes: each with its author and date (added, never edited). */
export function Notes({ entrepriseId }: { entrepriseId: string }) {
  const client = useQueryClient();
  const key = ['entreprise', entrepriseId, 'notes'];
  const notes = useQuery({
    queryKey: key,
    queryFn: () =>
      ok(api.GET('/entreprises/{id}/notes', { params: { path: { id: entrepriseId } } })),
  });
  const [texte, setTexte] = useState('');
  const [erreur, setErreur] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/entreprises/{id}/notes', {
          params: { path: { id: entrepriseId } },
          body: { texte },
        }),
      ),
    onSuccess: () => {
      setTexte('');
      client.invalidateQueries({ queryKey: key });
    },
    onError: (e) => setErreur(e instanceof ApiProblem ? (e.problem.detail ?? null) : String(e)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!texte.trim()) return setErreur('La note est vide : écrivez-en le texte.');
    setErreur(null);
    add.mutate();
  };
  return (
    <section aria-labelledby="titre-notes">
      <Title order={2} size="h3" mb="xs" id="titre-notes">
        Notes
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs" mb="md">
          <Textarea
            id="champ-note"
            label="Nouvelle note"
            description="Visible du personnel de la Mission Locale seulement."
            autosize
            minRows={2}
            value={texte}
            error={erreur}
            onChange={(e) => setTexte(e.currentTarget.value)}
          />
          <div>
            <Button type="submit" loading={add.isPending}>
              Ajouter la note
            </Button>
          </div>
        </Stack>
      </form>
      {notes.data?.length ? (
        <ul style={{ listStyle: 'none', padding: 0 }} aria-label="Notes enregistrées">
          {notes.data.map((n) => (
            <li key={n.id} style={{ marginBottom: '0.75rem' }}>
              <Text size="sm" fw={600}>
                {n.auteur.prenom} {n.auteur.nom}, le {dateFr(n.createdAt, true)}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{n.texte}</Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text mb="md">{notes.isPending ? 'Chargement…' : 'Aucune note pour l’instant.'}</Text>
      )}
    </section>
  );
}
