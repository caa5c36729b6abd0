import { COMPTES_OFFRES_TEMPLATES, ComptesOffresTemplateData } from './catalogue-comptes-offres';
import { COMPTES_TEMPLATES, ComptesTemplateData } from './catalogue-comptes';
import { MER_TEMPLATES, MerTemplateData } from './catalogue-mer';
import { MER_SUIVI_TEMPLATES, MerSuiviTemplateData } from './catalogue-mer-suivi';
import { PMSMP_TEMPLATES, PmsmpTemplateData } from './catalogue-pmsmp';
import { TemplateDefinition } from './template';

const PARIS = { timeZone: 'Europe/Paris' } as const;
/** "mardi 23 avril à 14 h 30" */
export const dateHeureFr = (iso: string) => {
  const d = new Date(iso);
  const jour = d.toLocaleDateString('fr-FR', {
    ...PARIS,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const heure = d.toLocaleTimeString('fr-FR', { ...PARIS, hour: '2-digit', minute: '2-digit' });
  return `${jour} à ${heure.replace(':', ' h ')}`;
};
/** "23/04 à 14h30": SMS are counted in characters. */
const dateHeureCourte = (iso: string) => {
  const d = new Date(iso);
  const jour = d.toLocaleDateString('fr-FR', { ...PARIS, day: '2-digit', month: '2-digit' });
  const heure = d.toLocaleTimeString('fr-FR', { ...PARIS, hour: '2-digit', minute: '2-digit' });
  return `${jour} à ${heure.replace(':', 'h')}`;
};

/** The data each template needs (ids and names, formatted by the template). */
export interface TemplateData
  extends
    MerTemplateData,
    MerSuiviTemplateData,
    ComptesOffresTemplateData,
    ComptesTemplateData,
    PmsmpTemplateData {
  /** The jeune has not answered yet. */
  relance_proposition: { prenom: string; offre: string; lienReponse: string };
  /** An interview is set: date (ISO date-time) and place. */
  entretien_planifie: {
    prenom: string;
    offre: string;
    entreprise: string;
    date: string;
    adresse: string;
  };
  /** To the CRE: a jeune answered a proposal. */
  reponse_jeune: {
    jeune: string;
    offre: string;
    reponse: 'oui' | 'non';
    motif?: string;
    lien: string;
  };
}

export type TemplateId = keyof TemplateData;

export const TEMPLATES: { [K in TemplateId]: TemplateDefinition<TemplateData[K]> } = {
  ...MER_TEMPLATES,
  ...MER_SUIVI_TEMPLATES,
  ...COMPTES_OFFRES_TEMPLATES,
  ...PMSMP_TEMPLATES,
  ...COMPTES_TEMPLATES,
  relance_proposition: {
    description: 'Relance d’un jeune qui n’a pas répondu à une proposition',
    canaux: ['email', 'sms'],
    liens: ['lienReponse'],
    raccourcissables: ['offre'],
    email: (d) => ({
      subject: `Rappel : l’offre « ${d.offre} » vous attend`,
      preheader: 'Votre réponse nous aide à avancer avec l’employeur.',
      titre: 'Votre réponse est attendue',
      paragraphes: [
        `Bonjour ${d.prenom},`,
        `Vous n’avez pas encore répondu à notre proposition : « ${d.offre} ».`,
        'Oui ou non, votre réponse compte : l’employeur attend de nos nouvelles.',
      ],
      bouton: { libelle: 'Je réponds', url: d.lienReponse },
    }),
    sms: (d) =>
      `${d.prenom}, vous n'avez pas encore répondu pour l'offre ${d.offre}. Répondez ici : ${d.lienReponse}`,
  },
  entretien_planifie: {
    description: 'Entretien d’embauche fixé pour un jeune',
    canaux: ['email', 'sms'],
    liens: [],
    raccourcissables: ['adresse', 'entreprise', 'offre'],
    email: (d) => ({
      subject: `Entretien le ${dateHeureFr(d.date)} : ${d.offre}`,
      preheader: `${d.entreprise}, ${d.adresse}`,
      titre: 'Votre entretien d’embauche',
      paragraphes: [
        `Bonjour ${d.prenom},`,
        `Votre entretien pour l’offre « ${d.offre} » chez ${d.entreprise} aura lieu le ${dateHeureFr(d.date)}.`,
        `Adresse : ${d.adresse}.`,
        'Un empêchement ? Prévenez votre Mission Locale au plus vite. Bonne chance !',
      ],
    }),
    sms: (d) =>
      `${d.prenom}, entretien ${d.offre} chez ${d.entreprise} le ${dateHeureCourte(d.date)}, ${d.adresse}. Un imprévu ? Prévenez la Mission Locale.`,
  },
  reponse_jeune: {
    description: 'Au CRE : réponse d’un jeune à une proposition',
    canaux: ['email'],
    liens: ['lien'],
    email: (d) => ({
      subject: `${d.jeune} a répondu ${d.reponse} pour « ${d.offre} »`,
      preheader:
        d.reponse === 'oui' ? 'Intéressé(e) : à présenter à l’employeur.' : 'Pas intéressé(e).',
      titre: 'Réponse à une proposition',
      paragraphes: [
        'Bonjour,',
        `${d.jeune} a répondu « ${d.reponse} » à la proposition pour l’offre « ${d.offre} ».`,
        ...(d.motif ? [`Motif indiqué : ${d.motif}`] : []),
      ],
      bouton: { libelle: 'Voir la mise en relation', url: d.lien },
    }),
  },
};
