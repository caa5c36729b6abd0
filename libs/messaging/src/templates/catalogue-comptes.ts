import { TemplateDefinition } from './template';

/** Messages about accounts (portal). */
export interface ComptesTemplateData {
  /** A password reset link asked for from the portal's login page (valid one hour, single use). */
  mot_de_passe_oublie: { prenom: string; lien: string; validiteMinutes: string };
}

export const COMPTES_TEMPLATES: {
  [K in keyof ComptesTemplateData]: TemplateDefinition<ComptesTemplateData[K]>;
} = {
  mot_de_passe_oublie: {
    description: 'Lien pour choisir un nouveau mot de passe (portail)',
    canaux: ['email'],
    liens: ['lien'],
    email: (d) => ({
      subject: 'Choisir un nouveau mot de passe',
      preheader: `Ce lien est valable ${d.validiteMinutes} minutes.`,
      titre: 'Nouveau mot de passe',
      paragraphes: [
        `Bonjour ${d.prenom},`,
        `Vous avez demandé à changer le mot de passe de votre compte. Ce lien est valable ${d.validiteMinutes} minutes et ne sert qu’une fois.`,
        'Vous n’êtes pas à l’origine de cette demande ? Ignorez ce message : votre mot de passe reste le même.',
      ],
      bouton: { libelle: 'Choisir un nouveau mot de passe', url: d.lien },
    }),
  },
};
