import { Button, Group, NativeSelect } from '@mantine/core';
import { memo } from 'react';
import { FileTri } from './use-file-tri';

/** The offer filter (counts over the whole queue) and the hand proposal. */
export const TriFiltre = memo(function TriFiltre(p: {
  offre: string;
  file: FileTri | undefined;
  onOffre: (offre: string) => void;
  onManuelle: () => void;
}) {
  const options = (p.file?.parOffre ?? []).map((o) => ({
    value: o.offreId,
    label: `${o.offreTitre} (${o.entrepriseNom}) : ${o.n}`,
  }));
  // The chosen offer stays in the list while its page loads or once it is emptied.
  if (p.offre && !options.some((o) => o.value === p.offre))
    options.push({ value: p.offre, label: 'Offre choisie : 0' });
  return (
    <Group align="end" mb="sm" wrap="wrap">
      <NativeSelect
        style={{ flex: '1 1 16rem', minWidth: 0 }}
        label="Offre"
        value={p.offre}
        onChange={(e) => p.onOffre(e.currentTarget.value)}
        data={[{ value: '', label: `Toutes les offres : ${p.file?.toutes ?? '…'}` }, ...options]}
      />
      <Button variant="outline" onClick={p.onManuelle}>
        Proposer un jeune à la main
      </Button>
    </Group>
  );
});

/** Keep or discard the lines ticked on this page. */
export function TriSelection(p: {
  n: number;
  pending: boolean;
  onRetenir: () => void;
  onEcarter: () => void;
}) {
  return (
    <Group mb="sm" wrap="wrap" role="group" aria-label="Actions sur la sélection">
      <Button disabled={!p.n} loading={p.pending} onClick={p.onRetenir}>
        Retenir la sélection ({p.n})
      </Button>
      <Button variant="outline" disabled={!p.n} onClick={p.onEcarter}>
        Écarter la sélection ({p.n})
      </Button>
    </Group>
  );
}
