import { TemplateDefinition } from './template';

const dateFr = (iso: string) =>
  new Date(iso).toLocaleDateString('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

/** Accounts and offers (issue 10): the invitation to create an account, the offer's expiry. */
export interface ComptesOffresTemplateData {
  /** To the person invited: a single-use link to choose a password. */
  invitation_compte: {
    prenom: string;
    structure: string;
    /** The role, in words ("employeur", "chargé(e) de relations entreprises"…). */
    role: string;
    lien: string;
    /** ISO date-time: the link's expiry. */
    expireLe: string;
  };
  /** To the employer, 7 days before an offer without activity is withdrawn: one-click extension. */
  offre_expiration: {
    offre: string;
    /** ISO date-time of the expiry. */
    expireLe: string;
    lienProlonger: string;
  };
}

export const COMPTES_OFFRES_TEMPLATES: {
  [K in keyof ComptesOffresTemplateData]: TemplateDefinition<ComptesOffresTemplateData[K]>;
} = {
  invitation_compte: {
    description: 'Invitation à créer son compte (lien à usage unique)',
    canaux: ['email'],
    liens: ['lien'],
    email: (d) => ({
      subject: `${d.structure} vous invite à créer votre compte`,
      preheader: `Choisissez votre mot de passe avant le ${dateFr(d.expireLe)}.`,
      titre: 'Créer votre compte',
      paragraphes: [
        `Bonjour ${d.prenom},`,
        `${d.structure} vous invite à créer votre compte ${d.role} sur son service entreprises.`,
        `Pour choisir votre mot de passe, ouvrez ce lien (valable jusqu'au ${dateFr(d.expireLe)}, utilisable une seule fois) : ${d.lien}`,
        "Si vous n'attendiez pas ce message, ignorez-le : aucun compte ne sera créé.",
      ],
      bouton: { libelle: 'Créer mon compte', url: d.lien },
    }),
  },
  offre_expiration: {
    description: 'Rappel à l’employeur : son offre expire dans 7 jours, prolongation en un clic',
    canaux: ['email'],
    liens: ['lienProlonger'],
    email: (d) => ({
      subject: `Votre offre « ${d.offre} » expire le ${dateFr(d.expireLe)}`,
      preheader: 'Le poste est toujours à pourvoir ? Prolongez-la en un clic.',
      titre: 'Votre offre va expirer',
      paragraphes: [
        'Bonjour,',
        `Votre offre « ${d.offre} » sera retirée le ${dateFr(d.expireLe)}, faute de mise à jour depuis bientôt deux mois.`,
        'Le poste est toujours à pourvoir ? Prolongez-la en un clic.',
        "Le poste est pourvu ou n'est plus d'actualité ? Vous n'avez rien à faire, ou prévenez votre chargé(e) de relations entreprises.",
      ],
      bouton: { libelle: 'Prolonger mon offre', url: d.lienProlonger },
    }),
  },
};
