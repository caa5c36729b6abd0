import { TemplateDefinition } from './template';

const dateFr = (iso: string) =>
  new Date(iso).toLocaleDateString('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

/** The follow-up after a hire (issue 7, "suivi"): "still in the job?" at 1 and 3 months. */
export interface MerSuiviTemplateData {
  /** To the employer: is the person hired still working there? One-click answer page. */
  mer_suivi_employeur: {
    /** The person hired, first name and name. */
    salarie: string;
    offre: string;
    /** ISO date of the hire. */
    recrutement: string;
    /** '1' or '3'. */
    mois: string;
    lien: string;
  };
  /** To the jeune (email and SMS by consent): still in the job? */
  mer_suivi_jeune: {
    prenom: string;
    offre: string;
    entreprise: string;
    /** '1' or '3'. */
    mois: string;
    lien: string;
  };
}

export const MER_SUIVI_TEMPLATES: {
  [K in keyof MerSuiviTemplateData]: TemplateDefinition<MerSuiviTemplateData[K]>;
} = {
  mer_suivi_employeur: {
    description:
      'Suivi après un recrutement : la personne est-elle toujours en poste ? (employeur)',
    canaux: ['email'],
    liens: ['lien'],
    email: (d) => ({
      subject: `${d.salarie} est-il ou elle toujours en poste ? (« ${d.offre} »)`,
      preheader: 'Un clic suffit : toujours en poste, ou plus en poste.',
      titre: 'Où en est ce recrutement ?',
      paragraphes: [
        'Bonjour,',
        `Vous avez recruté ${d.salarie} le ${dateFr(d.recrutement)} pour « ${d.offre} », par la Mission Locale. Voici ${d.mois} mois : ${d.salarie} est-il ou elle toujours en poste ?`,
        'Votre réponse, en un clic et sans vous connecter, nous aide à suivre les parcours des jeunes et à mieux vous accompagner.',
      ],
      bouton: { libelle: 'Je réponds', url: d.lien },
    }),
  },
  mer_suivi_jeune: {
    description: 'Suivi après un recrutement : êtes-vous toujours en poste ? (jeune)',
    canaux: ['email', 'sms'],
    liens: ['lien'],
    raccourcissables: ['entreprise', 'offre'],
    email: (d) => ({
      subject: `Toujours en poste chez ${d.entreprise} ?`,
      preheader: 'Un clic suffit pour nous répondre.',
      titre: 'Comment se passe votre emploi ?',
      paragraphes: [
        `Bonjour ${d.prenom},`,
        `Vous avez été recruté(e) il y a ${d.mois} mois chez ${d.entreprise} (« ${d.offre} »). Êtes-vous toujours en poste ?`,
        'Un clic suffit. Et si quelque chose ne va pas, votre conseiller ou votre conseillère est là pour vous.',
      ],
      bouton: { libelle: 'Je réponds', url: d.lien },
    }),
    sms: (d) =>
      `${d.prenom}, recruté(e) il y a ${d.mois} mois chez ${d.entreprise} : toujours en poste ? Répondez en un clic : ${d.lien}`,
  },
};
