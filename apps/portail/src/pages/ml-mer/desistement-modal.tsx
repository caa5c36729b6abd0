import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { api, ok, Schemas } from '../../api/client';
import { MOTIFS_DESISTEMENT } from '../../api/mer-cre';
import { ApiProblem } from '../../api/problem';
import { MotifChamps } from '../shared/motif-champs';

/** The jeune withdraws (told by phone, at the ML…): the CRE records it with a reason. */
export function DesistementModal(p: {
  merId: string;
  nom: string;
  opened: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const [motif, setMotif] = useState('');
  const [commentaire, setCommentaire] = useState('');
  const [erreur, setErreur] = useState<string | null>(null);
  const desister = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/mises-en-relation/{id}/desister', {
          params: { path: { id: p.merId } },
          body: {
            motif: motif as Schemas['DesistementDto']['motif'],
            ...(commentaire.trim() ? { commentaire: commentaire.trim() } : {}),
          },
        }),
      ),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['mer'] });
      p.onDone('Désistement enregistré.');
      p.onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!motif) return setErreur('Choisissez un motif');
    setErreur(null);
    desister.mutate();
  };
  const probleme = desister.error instanceof ApiProblem ? desister.error.problem.detail : null;
  return (
    <Modal opened={p.opened} onClose={p.onClose} title={`Désistement de ${p.nom}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {probleme && (
            <Alert color="red" role="alert" title="Impossible d’enregistrer">
              {probleme}
            </Alert>
          )}
          <MotifChamps
            motifs={MOTIFS_DESISTEMENT}
            motif={motif}
            onMotif={setMotif}
            commentaire={commentaire}
            onCommentaire={setCommentaire}
            erreur={erreur}
          />
          <Group>
            <Button type="submit" loading={desister.isPending}>
              Enregistrer le désistement
            </Button>
            <Button variant="outline" onClick={p.onClose}>
              Annuler
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
