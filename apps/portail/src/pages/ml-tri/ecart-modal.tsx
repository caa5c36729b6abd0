import { Button, Group, Modal, Stack } from '@mantine/core';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { MOTIFS_ECART } from '../../api/mer-cre';
import { MotifChamps } from '../shared/motif-champs';

/** The reason to discard one proposal or several (the same reason for the whole selection). */
export function EcartModal(p: {
  /** The names of the jeunes concerned; null: closed. */
  noms: string[] | null;
  pending: boolean;
  onClose: () => void;
  onSubmit: (motif: string, commentaire?: string) => void;
}) {
  const [motif, setMotif] = useState('');
  const [commentaire, setCommentaire] = useState('');
  const [erreur, setErreur] = useState<string | null>(null);
  const motifRef = useRef<HTMLSelectElement>(null);
  const opened = p.noms !== null;
  useEffect(() => {
    if (opened) {
      setMotif('');
      setCommentaire('');
      setErreur(null);
    }
  }, [opened]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!motif) {
      // The field says what is missing, and the focus goes to it.
      setErreur('Choisissez un motif');
      motifRef.current?.focus();
      return;
    }
    p.onSubmit(motif, commentaire.trim() || undefined);
  };
  const titre =
    p.noms && p.noms.length > 1
      ? `Écarter ${p.noms.length} propositions`
      : `Écarter ${p.noms?.[0] ?? ''}`;
  return (
    // The page moves the focus itself once the line is gone (returnFocus would aim at nothing).
    <Modal opened={opened} onClose={p.onClose} title={titre} returnFocus={false}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <MotifChamps
            id="champ-motif-ecart"
            motifRef={motifRef}
            motifs={MOTIFS_ECART}
            motif={motif}
            onMotif={setMotif}
            commentaire={commentaire}
            onCommentaire={setCommentaire}
            erreur={erreur}
          />
          <Group>
            <Button type="submit" loading={p.pending}>
              Écarter
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
