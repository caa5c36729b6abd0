import { escapeHtml as e, htmlPage } from '@app/core';
import { DELAI_LIBELLE } from './suivi.service';
import { EcheanceSuivi } from '../domain/pmsmp-codes';

/** The tutor's assessment form and the jeune's situation page: plain HTML, no JavaScript. */
export function pageBilan(p: {
  beneficiaire: string;
  entreprise: string;
  erreur?: string;
}): string {
  const radio = (name: string, value: string, label: string, checked = false) =>
    `<p><input type="radio" id="${name}-${value}" name="${name}" value="${value}"${checked ? ' checked' : ''} required> <label for="${name}-${value}">${e(label)}</label></p>`;
  return htmlPage({
    title: 'Bilan de l’immersion',
    body: `<h1>Bilan de l’immersion de ${e(p.beneficiaire)}</h1>
${p.erreur ? `<p role="alert">${e(p.erreur)}</p>` : ''}
<p>Chez ${e(p.entreprise)}. Vos réponses sont transmises à la Mission Locale.</p>
<form method="post">
<fieldset><legend>L’objectif de l’immersion a été</legend>
${radio('realisation', 'realise', 'Réalisé')}${radio('realisation', 'partiel', 'Partiellement réalisé')}${radio('realisation', 'non_realise', 'Non réalisé')}</fieldset>
<p><label for="heuresAbsence">Heures d’absence</label><br><input type="number" id="heuresAbsence" name="heuresAbsence" min="0" max="300" value="0" required></p>
<p><label for="competencesObservees">Compétences observées</label><br><textarea id="competencesObservees" name="competencesObservees" maxlength="3000" required></textarea></p>
<fieldset><legend>L’immersion débouche sur une embauche</legend>${radio('embauche', 'oui', 'Oui')}${radio('embauche', 'non', 'Non', true)}</fieldset>
<p><label for="typeContrat">Si oui, quel contrat ?</label><br><select id="typeContrat" name="typeContrat"><option value="">—</option>
${['CDI', 'CDD', 'MIS', 'SAI', 'DDI', 'TTI', 'DIN', 'APP', 'PRO'].map((c) => `<option value="${c}">${c}</option>`).join('')}</select></p>
<p><label for="commentaire">Commentaire (facultatif)</label><br><textarea id="commentaire" name="commentaire" maxlength="2000"></textarea></p>
<p><button type="submit">Envoyer le bilan</button></p></form>`,
  });
}

export function pageSuivi(echeance: EcheanceSuivi): string {
  const bouton = (v: string, l: string) =>
    `<form method="post"><input type="hidden" name="situation" value="${v}"><p><button type="submit">${e(l)}</button></p></form>`;
  return htmlPage({
    title: 'Votre situation',
    body: `<h1>Où en êtes-vous, ${DELAI_LIBELLE[echeance]} après votre immersion ?</h1>
${bouton('emploi', 'J’ai un emploi')}${bouton('formation', 'Je suis en formation')}${bouton('recherche', 'Je cherche')}${bouton('autre', 'Autre situation')}`,
  });
}
