import { escapeHtml, htmlPage } from '@app/core';
import { PreferencesView } from './preferences.service';

const checkbox = (name: string, label: string, hint: string, checked: boolean) => `
<div class="fr-fieldset__element"><div class="fr-checkbox-group">
<input type="checkbox" id="${name}" name="${name}" value="oui"${checked ? ' checked' : ''}>
<label class="fr-label" for="${name}">${escapeHtml(label)}<span class="fr-hint-text">${escapeHtml(hint)}</span></label>
</div></div>`;

/** The preferences page: what the person receives, per channel, and a form to change it. */
export function preferencesPage(v: PreferencesView, formToken: string, saved = false): string {
  const intro =
    v.type === 'jeune'
      ? `<p>Bonjour ${escapeHtml(v.prenom)}, choisissez comment votre Mission Locale peut vous contacter au sujet des offres, des entretiens et de votre accompagnement.</p>`
      : `<p>Choisissez si l'adresse ${escapeHtml(v.adresse)} reçoit les messages du service entreprises de la Mission Locale.</p>`;
  const boxes =
    v.type === 'jeune'
      ? [
          v.email
            ? checkbox('email', 'Par e-mail', v.email, v.consentEmail)
            : '<p class="fr-fieldset__element">Aucune adresse e-mail enregistrée.</p>',
          v.mobile
            ? checkbox('sms', 'Par SMS', v.mobile, v.consentSms)
            : '<p class="fr-fieldset__element">Aucun numéro de mobile enregistré.</p>',
        ].join('')
      : checkbox('email', 'Recevoir les e-mails', v.adresse, v.recoit);
  const notice = saved
    ? '<div class="fr-alert fr-alert--success fr-mb-4w"><p>Vos préférences sont enregistrées.</p></div>'
    : '';
  return htmlPage({
    title: 'Mes préférences de contact',
    body: `<h1>Mes préférences de contact</h1>${notice}${intro}
<form method="post"><input type="hidden" name="jeton" value="${escapeHtml(formToken)}">
<fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Me contacter</legend>${boxes}</fieldset>
<button class="fr-btn" type="submit">Enregistrer mes choix</button></form>
<p class="fr-mt-4w fr-text--sm">Vous pouvez aussi répondre STOP à un SMS pour ne plus en recevoir. Votre conseiller ou votre conseillère peut modifier ces choix avec vous.</p>`,
  });
}

export function messagePage(
  title: string,
  text: string,
  status: 'success' | 'error' = 'error',
): string {
  return htmlPage({
    title,
    body: `<h1>${escapeHtml(title)}</h1><div class="fr-alert fr-alert--${status}"><p>${escapeHtml(text)}</p></div>`,
  });
}
