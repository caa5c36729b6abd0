import { Text, Timeline } from '@mantine/core';
import { Schemas } from '../../api/client';
import { MER_STATUTS, MerCre } from '../../api/mer-cre';
import { dateFr } from '../../ui/statut';

type Message = Schemas['MessageView'];

const STATUT = new Map(MER_STATUTS.map((s) => [s.value, s.label]));
const PAR: Record<string, string> = {
  system: 'le service',
  cre: 'un CRE',
  admin: 'un administrateur',
  conseiller: 'le conseiller',
  employeur: 'l’employeur (portail)',
  lien_jeune: 'le jeune (lien reçu)',
  lien_employeur: 'l’employeur (lien reçu)',
};
const DESTINATAIRE: Record<string, string> = {
  jeune: 'au jeune',
  utilisateur: 'à l’équipe',
  contact: 'à l’employeur',
};
const ETAT_MESSAGE: Record<string, string> = {
  en_attente: 'en attente d’envoi',
  differe: 'différé',
  envoye: 'envoyé',
  delivre: 'délivré',
  echec: 'en échec',
  incertain: 'incertain',
  supprime: 'supprimé',
};

interface Evenement {
  at: string;
  titre: string;
  texte: string;
}

/** Transitions and messages in one list, oldest first: what happened, who did it, what was sent. */
export function MerTimeline({ mer, messages }: { mer: MerCre; messages: Message[] }) {
  const evenements: Evenement[] = [
    ...(mer.transitions ?? []).map((t) => ({
      at: t.at,
      titre: STATUT.get(t.to) ?? t.to,
      texte: [`Par ${PAR[t.byRole] ?? t.byRole}`, t.motif].filter(Boolean).join(' : '),
    })),
    ...messages.map((m) => ({
      at: m.creeLe,
      titre: `${m.canal === 'sms' ? 'SMS' : 'E-mail'} ${DESTINATAIRE[m.destinataireType] ?? ''}`,
      texte: [
        m.objet ? `« ${m.objet} »` : m.texte ? `« ${m.texte.slice(0, 120)} »` : m.template,
        ETAT_MESSAGE[m.statut] ?? m.statut,
      ]
        .filter(Boolean)
        .join(', '),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Timeline bulletSize={14} lineWidth={2} active={evenements.length}>
      {evenements.map((e, i) => (
        <Timeline.Item key={i} title={e.titre}>
          <Text size="sm">{e.texte}</Text>
          <Text size="xs" c="dark.6">
            {dateFr(e.at, true)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
