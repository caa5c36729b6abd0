import { TemplateDefinition } from './template';

const dateFr = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

/** PMSMP agreements (issue 12): signatures, reminders, validation, assessment, situation checks. */
export interface PmsmpTemplateData {
  /** To a signatory: the personal link to read and sign the agreement. */
  pmsmp_signature: {
    beneficiaire: string;
    entreprise: string;
    /** YYYY-MM-DD. */
    dateDebut: string;
    /** "le bénéficiaire", "le tuteur"… */
    qualite: string;
    relance: string;
    /** The agreement's version: after an edit, the new version is asked for (not a duplicate). */
    version: string;
    lien: string;
  };
  /** To the ML: every party signed, the agreement awaits validation. */
  pmsmp_a_valider: { beneficiaire: string; entreprise: string; dateDebut: string; relance: string };
  /** To the parties: the agreement is validated, refused or cancelled; PDF link. */
  pmsmp_information: { beneficiaire: string; entreprise: string; etat: string; lien: string };
  /** To the tutor at the end: the assessment form. */
  pmsmp_bilan: { beneficiaire: string; entreprise: string; lien: string };
  /** To the jeune after the end: what is your situation now? */
  pmsmp_suivi: { prenom: string; delai: string; lien: string };
}

export const PMSMP_TEMPLATES: {
  [K in keyof PmsmpTemplateData]: TemplateDefinition<PmsmpTemplateData[K]>;
} = {
  pmsmp_signature: {
    description: 'PMSMP : lien personnel pour lire et signer la convention',
    canaux: ['email', 'sms'],
    liens: ['lien'],
    raccourcissables: ['entreprise', 'beneficiaire'],
    email: (d) => ({
      subject: `${d.relance}Convention d’immersion à signer : ${d.beneficiaire} chez ${d.entreprise}`,
      preheader: `Début le ${dateFr(d.dateDebut)} : votre signature est attendue.`,
      titre: 'Une convention d’immersion à signer',
      paragraphes: [
        'Bonjour,',
        `La Mission Locale a préparé la convention de mise en situation en milieu professionnel (PMSMP) de ${d.beneficiaire} chez ${d.entreprise}, à partir du ${dateFr(d.dateDebut)}. Vous la signez en tant que ${d.qualite}.`,
        `Le lien ouvre la convention complète (version ${d.version}) ; lisez-la puis signez-la, depuis un téléphone ou un ordinateur. Ce lien vous est personnel.`,
      ],
      bouton: { libelle: 'Lire et signer', url: d.lien },
    }),
    sms: (d) =>
      `${d.relance}Mission Locale : convention d'immersion de ${d.beneficiaire} chez ${d.entreprise} à signer (${d.qualite}) : ${d.lien}`,
  },
  pmsmp_a_valider: {
    description: 'PMSMP : convention signée par toutes les parties, à valider',
    canaux: ['email'],
    liens: [],
    email: (d) => ({
      subject: `${d.relance}Convention signée à valider : ${d.beneficiaire} chez ${d.entreprise}`,
      preheader: `Début le ${dateFr(d.dateDebut)}.`,
      titre: 'Une convention à valider',
      paragraphes: [
        'Bonjour,',
        `Toutes les parties ont signé la convention d’immersion de ${d.beneficiaire} chez ${d.entreprise} (début le ${dateFr(d.dateDebut)}). Elle attend la validation de la Mission Locale.`,
      ],
    }),
  },
  pmsmp_information: {
    description: 'PMSMP : la convention est validée, refusée ou annulée',
    canaux: ['email'],
    liens: ['lien'],
    email: (d) => ({
      subject: `Convention d’immersion ${d.etat} : ${d.beneficiaire} chez ${d.entreprise}`,
      preheader: `La convention est ${d.etat}.`,
      titre: `Convention ${d.etat}`,
      paragraphes: [
        'Bonjour,',
        `La convention d’immersion de ${d.beneficiaire} chez ${d.entreprise} est ${d.etat}.`,
      ],
      bouton: { libelle: 'Voir la convention', url: d.lien },
    }),
  },
  pmsmp_bilan: {
    description: 'PMSMP : le tuteur remplit le bilan de l’immersion',
    canaux: ['email', 'sms'],
    liens: ['lien'],
    raccourcissables: ['entreprise', 'beneficiaire'],
    email: (d) => ({
      subject: `Bilan de l’immersion de ${d.beneficiaire}`,
      preheader: 'Cinq questions, deux minutes.',
      titre: 'Le bilan de l’immersion',
      paragraphes: [
        'Bonjour,',
        `L’immersion de ${d.beneficiaire} chez ${d.entreprise} est terminée. Comme tuteur, dites-nous comment elle s’est passée : cinq questions, sans vous connecter.`,
      ],
      bouton: { libelle: 'Remplir le bilan', url: d.lien },
    }),
    sms: (d) =>
      `Mission Locale : l'immersion de ${d.beneficiaire} chez ${d.entreprise} est finie. Votre bilan en 2 minutes : ${d.lien}`,
  },
  pmsmp_suivi: {
    description: 'PMSMP : la situation du jeune après l’immersion (+15 jours, +1 mois, +3 mois)',
    canaux: ['email', 'sms'],
    liens: ['lien'],
    email: (d) => ({
      subject: 'Où en êtes-vous depuis votre immersion ?',
      preheader: 'Un clic suffit pour nous répondre.',
      titre: 'Votre situation aujourd’hui',
      paragraphes: [
        `Bonjour ${d.prenom},`,
        `Votre immersion s’est terminée il y a ${d.delai}. Où en êtes-vous : emploi, formation, recherche ? Un clic suffit.`,
      ],
      bouton: { libelle: 'Je réponds', url: d.lien },
    }),
    sms: (d) =>
      `${d.prenom}, votre immersion est finie depuis ${d.delai} : emploi, formation, recherche ? Répondez en un clic : ${d.lien}`,
  },
};
