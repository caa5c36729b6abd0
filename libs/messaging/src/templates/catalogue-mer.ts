import { TemplateDefinition } from './template';

const dateFr = (iso: string) =>
  new Date(iso).toLocaleDateString('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
  });

/** Data are strings (newlines separate lines): one shape for every stored message. */
const lignes = (s: string) => s.split('\n').filter((l) => l.trim());

/** The mises en relation's templates (issue 7), merged into the catalogue. */
export interface MerTemplateData {
  /** To the jeune: the offer's summary and two links, "ça m'intéresse" / "pas pour moi". */
  mer_proposition: {
    prenom: string;
    offre: string;
    entreprise: string;
    commune: string;
    /** The summary, one line each (contract, hours, start date), separated by newlines. */
    resume: string;
    lienOui: string;
    lienNon: string;
    /** The page with both answers (SMS). */
    lienReponse: string;
    /** ISO date. */
    repondreAvant: string;
  };
  /** To the employer: a candidate (with what the jeune agreed to share) and the answer page. */
  mer_candidat: {
    offre: string;
    candidat: string;
    /** What the jeune agreed to share, one line each, separated by newlines. */
    details: string;
    lien: string;
    /** '0' the first time, then the reminder's number. */
    relance: string;
  };
  /** Any other step: one title, a few paragraphs, an optional link and SMS. */
  mer_information: {
    sujet: string;
    titre: string;
    /** Paragraphs separated by newlines. */
    paragraphes: string;
    sms?: string;
    lien?: string;
    libelleLien?: string;
  };
}

export const MER_TEMPLATES: {
  [K in keyof MerTemplateData]: TemplateDefinition<MerTemplateData[K]>;
} = {
  mer_proposition: {
    description:
      'Mise en relation : une offre proposée au jeune, « ça m’intéresse » / « pas pour moi »',
    canaux: ['email', 'sms'],
    liens: ['lienOui', 'lienNon', 'lienReponse'],
    raccourcissables: ['entreprise', 'offre'],
    email: (d) => ({
      subject: `Une offre pour vous : ${d.offre}`,
      preheader: `${d.entreprise}, ${d.commune} : êtes-vous intéressé(e) ?`,
      titre: 'Une offre pour vous',
      paragraphes: [
        `Bonjour ${d.prenom},`,
        `Votre Mission Locale a pensé à vous pour l’offre « ${d.offre} » chez ${d.entreprise}, à ${d.commune}.`,
        ...lignes(d.resume),
        `Dites-nous avant le ${dateFr(d.repondreAvant)} si elle vous intéresse.`,
        `Pas pour moi : ${d.lienNon}`,
      ],
      bouton: { libelle: 'Ça m’intéresse', url: d.lienOui },
    }),
    sms: (d) =>
      `${d.prenom}, la Mission Locale vous propose : ${d.offre} chez ${d.entreprise}. Intéressé(e) ? Répondez ici : ${d.lienReponse}`,
  },
  mer_candidat: {
    description: 'Mise en relation : un candidat transmis à l’employeur, réponse en un clic',
    canaux: ['email'],
    liens: ['lien'],
    email: (d) => ({
      subject: `${d.relance !== '0' ? 'Rappel : ' : ''}un candidat pour votre offre « ${d.offre} »`,
      preheader: `${d.candidat} est intéressé(e) par votre offre.`,
      titre: d.relance !== '0' ? 'Votre réponse est attendue' : 'Un candidat pour votre offre',
      paragraphes: [
        'Bonjour,',
        `La Mission Locale vous présente ${d.candidat} pour votre offre « ${d.offre} ».`,
        ...lignes(d.details),
        'Entretien, recrutement ou non : dites-le nous en un clic, sans vous connecter.',
      ],
      bouton: { libelle: 'Répondre', url: d.lien },
    }),
  },
  mer_information: {
    description: 'Mise en relation : information (étape, clôture, rappel au CRE…)',
    canaux: ['email', 'sms'],
    liens: ['lien'],
    email: (d) => ({
      subject: d.sujet,
      preheader: lignes(d.paragraphes)[0] ?? d.titre,
      titre: d.titre,
      paragraphes: lignes(d.paragraphes),
      ...(d.lien ? { bouton: { libelle: d.libelleLien ?? 'Voir', url: d.lien } } : {}),
    }),
    sms: (d) => (d.lien ? `${d.sms ?? d.titre} ${d.lien}` : (d.sms ?? d.titre)),
  },
};
