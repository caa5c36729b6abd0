import { Badge } from '@mantine/core';

const OFFRE: Record<string, { label: string; color: string }> = {
  brouillon: { label: 'Brouillon', color: 'gray' },
  a_valider: { label: 'En attente de validation', color: 'yellow' },
  publiee: { label: 'Publiée', color: 'green' },
  pourvue: { label: 'Pourvue', color: 'blue' },
  cloturee: { label: 'Clôturée', color: 'dark' },
  expiree: { label: 'Expirée', color: 'red' },
};

/** Text always says the status (colour is never the only cue: RGAA 3.1). */
export function OffreStatutBadge({ statut }: { statut: string }) {
  const s = OFFRE[statut] ?? { label: statut, color: 'gray' };
  // Mantine's light badges keep dark text on a pale ground: AA contrast whatever the colour.
  return (
    <Badge color={s.color} variant="light" c="dark.8" radius="sm">
      {s.label}
    </Badge>
  );
}

export const statutLibelle = (statut: string) => OFFRE[statut]?.label ?? statut;

// Built once: toLocaleString creates a formatter per call (slow on a list of hundreds).
const DATE = { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric' } as const;
const JOUR = new Intl.DateTimeFormat('fr-FR', DATE);
const JOUR_HEURE = new Intl.DateTimeFormat('fr-FR', {
  ...DATE,
  hour: '2-digit',
  minute: '2-digit',
});

export const dateFr = (iso: string | null | undefined, withTime = false) =>
  iso
    ? (withTime ? JOUR_HEURE : JOUR).format(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso))
    : '—';
