import { escapeHtml as e, htmlPage } from '@app/core';
import { MerSuivi, SuiviReponse } from './mer-suivi.entity';
import { SuiviContexte } from './mer-suivi-reponses.service';

/** The one-click answer pages of the follow-up: French, the ML identity, no JavaScript, one form per answer. */

export const LIBELLE_REPONSE: Record<SuiviReponse, string> = {
  en_poste: 'toujours en poste',
  plus_en_poste: 'plus en poste',
};

const dateFr = (d: Date) =>
  d.toLocaleDateString('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

const alerte = (type: 'success' | 'info' | 'error' | 'warning', titre: string, texte: string) =>
  `<div class="fr-alert fr-alert--${type} fr-mb-4w"><h2 class="fr-alert__title">${e(titre)}</h2><p>${e(texte)}</p></div>`;

function question(c: SuiviContexte): { titre: string; texte: string } {
  if (c.repondant === 'employeur') {
    return {
      titre: `${c.salarie} est-il ou elle toujours en poste ?`,
      texte: `Vous avez recruté ${c.salarie} le ${dateFr(c.recruteAt)} pour « ${c.offre} ». ${c.mois} mois après, cette personne travaille-t-elle toujours chez vous ?`,
    };
  }
  return {
    titre: 'Êtes-vous toujours en poste ?',
    texte: `Vous avez été recruté(e) le ${dateFr(c.recruteAt)} chez ${c.entreprise} (« ${c.offre} »). ${c.mois} mois après, y travaillez-vous toujours ?`,
  };
}

export function pageQuestion(c: SuiviContexte, erreur?: string): string {
  const q = question(c);
  const bouton = (valeur: SuiviReponse, libelle: string, secondaire: boolean) =>
    `<form method="post" class="fr-mb-3w"><input type="hidden" name="reponse" value="${valeur}">
<button class="fr-btn fr-btn--lg${secondaire ? ' fr-btn--secondary' : ''}" type="submit">${e(libelle)}</button></form>`;
  return htmlPage({
    title: q.titre,
    body: `<h1>${e(q.titre)}</h1>${erreur ? alerte('error', 'Réponse incomplète', erreur) : ''}
<p>${e(q.texte)}</p>
${bouton('en_poste', 'Oui, toujours en poste', false)}
${bouton('plus_en_poste', 'Non, plus en poste', true)}
<p class="fr-text--sm">Un clic suffit, sans vous connecter. Votre réponse aide la Mission Locale à suivre les parcours.</p>`,
  });
}

export function pageMerci(s: MerSuivi, c: SuiviContexte): string {
  const texte =
    s.reponse === 'en_poste'
      ? 'Merci ! Nous avons noté : toujours en poste.'
      : c.repondant === 'jeune'
        ? 'Merci pour votre réponse. Votre conseiller ou votre conseillère peut vous aider pour la suite : n’hésitez pas à l’appeler.'
        : 'Merci pour votre réponse, nous l’avons notée.';
  return htmlPage({
    title: 'Réponse enregistrée',
    body: `<h1>Réponse enregistrée</h1>${alerte('success', 'Réponse enregistrée', texte)}`,
  });
}

/** What a used link, a second click or an expired link shows: the recorded answer, nothing changed. */
export function pageDejaRepondu(s: MerSuivi, c: SuiviContexte, expire = false): string {
  const titre = expire ? 'Ce lien a expiré' : 'Réponse déjà enregistrée';
  const reponse = s.reponse
    ? `Réponse enregistrée le ${dateFr(s.answeredAt ?? s.sentAt ?? s.dueAt)} : ${LIBELLE_REPONSE[s.reponse]}.`
    : 'Aucune réponse n’a été enregistrée.';
  return htmlPage({
    title: titre,
    body: `<h1>${e(titre)}</h1>${alerte(
      expire ? 'warning' : 'info',
      titre,
      `Suivi à ${c.mois} mois pour « ${c.offre} ». ${reponse} Ce lien ne permet plus de la modifier : rien n’a été changé.`,
    )}`,
  });
}
