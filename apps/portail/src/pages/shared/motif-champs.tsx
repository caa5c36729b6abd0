import { NativeSelect, Textarea } from '@mantine/core';
import { Ref } from 'react';

/** A reason from a closed list (required) and an optional comment: what a CRE records with an act. */
export function MotifChamps(p: {
  motifs: { value: string; label: string }[];
  motif: string;
  onMotif: (motif: string) => void;
  commentaire: string;
  onCommentaire: (commentaire: string) => void;
  erreur: string | null;
  id?: string;
  motifRef?: Ref<HTMLSelectElement>;
}) {
  return (
    <>
      <NativeSelect
        id={p.id}
        ref={p.motifRef}
        label="Motif"
        required
        data={[{ value: '', label: 'Choisissez…' }, ...p.motifs]}
        value={p.motif}
        error={p.erreur}
        onChange={(e) => p.onMotif(e.currentTarget.value)}
        data-autofocus
      />
      <Textarea
        label="Commentaire (facultatif)"
        value={p.commentaire}
        onChange={(e) => p.onCommentaire(e.currentTarget.value)}
        autosize
        minRows={2}
      />
    </>
  );
}
