import { escapeHtml as e, htmlPage, isLocalDateTime } from '@app/core';
import { JeuneEmployeurView } from '@app/jeunes';
import { TYPES_CONTRAT } from '@app/referentiels';
import { MOTIFS_NON_RETENUE, MOTIFS_REFUS_JEUNE, MotifListe } from '../lifecycle/mer-motifs';

/** The pages behind the MER links: French, the ML identity, no JavaScript, labelled fields, one action per form. */
export interface OffreResume {
  titre: string;
  entreprise: string;
  commune: string;
  resume: string;
}

const lignes = (s: string) =>
  s
    .split('\n')
    .map((l) => `<li>${e(l)}</li>`)
    .join('');
const alerte = (type: 'success' | 'info' | 'error' | 'warning', titre: string, texte: string) =>
  `<div class="fr-alert fr-alert--${type} fr-mb-4w"><h2 class="fr-alert__title">${e(titre)}</h2><p>${e(texte)}</p></div>`;

const radios = (name: string, liste: MotifListe) =>
  Object.entries(liste)
    .map(
      ([code, libelle]) => `<div class="fr-fieldset__element"><div class="fr-radio-group">
<input type="radio" id="${name}-${code}" name="${name}" value="${code}" required>
<label class="fr-label" for="${name}-${code}">${e(libelle)}</label></div></div>`,
    )
    .join('');

const offreBloc = (o: OffreResume) =>
  `<div class="fr-card fr-mb-4w"><div class="fr-card__body"><div class="fr-card__content">
<h2 class="fr-card__title">${e(o.titre)}</h2><p class="fr-card__desc">${e(o.entreprise)}, ${e(o.commune)}</p>
<ul>${lignes(o.resume)}</ul></div></div></div>`;

export function pageProblemeLien(probleme: 'invalide' | 'expire'): string {
  const titre = probleme === 'expire' ? 'Ce lien a expiré' : "Ce lien n'est pas valide";
  return htmlPage({
    title: titre,
    body: `<h1>${titre}</h1>${alerte('warning', titre, 'Rien n’a été modifié. Contactez votre Mission Locale : elle vous répondra.')}`,
  });
}

export function pageStatut(p: {
  titre: string;
  texte: string;
  type?: 'success' | 'info' | 'error';
  autres?: string;
}) {
  return htmlPage({
    title: p.titre,
    body: `<h1>${e(p.titre)}</h1>${alerte(p.type ?? 'info', p.titre, p.texte)}${p.autres ?? ''}`,
  });
}

/** The jeune's other proposals and where they stand: its own data only. */
export function listeAutres(items: { titre: string; statut: string }[]): string {
  if (items.length === 0) return '';
  return `<h2 class="fr-h4">Vos propositions</h2><ul>${items.map((i) => `<li>${e(i.titre)} : ${e(i.statut)}</li>`).join('')}</ul>`;
}

export function pageJeune(
  o: OffreResume,
  p: { choix?: string; erreur?: string; autres: string },
): string {
  const oui = `<form method="post" class="fr-mb-4w"><input type="hidden" name="reponse" value="oui">
<button class="fr-btn fr-btn--lg" type="submit">Ça m’intéresse</button></form>`;
  const non = `<form method="post"><input type="hidden" name="reponse" value="non">
<fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Pas pour moi : pourquoi ?</legend>${radios('motif', MOTIFS_REFUS_JEUNE)}</fieldset>
<div class="fr-input-group"><label class="fr-label" for="commentaire">Un mot de plus (facultatif)</label>
<textarea class="fr-input" id="commentaire" name="commentaire" maxlength="2000"></textarea></div>
<button class="fr-btn fr-btn--secondary" type="submit">Pas pour moi</button></form>`;
  return htmlPage({
    title: 'Une offre pour vous',
    body: `<h1>Une offre pour vous</h1>${p.erreur ? alerte('error', 'Réponse incomplète', p.erreur) : ''}${offreBloc(o)}
${p.choix === 'non' ? non + oui : oui + non}${p.autres}`,
  });
}

export function pageEmployeur(
  o: OffreResume,
  c: JeuneEmployeurView,
  p: { erreur?: string },
): string {
  const contact = c.contact
    ? `<li>Téléphone : ${e(c.contact.telephone ?? '—')}</li><li>E-mail : ${e(c.contact.email ?? '—')}</li>`
    : '';
  const contrats = TYPES_CONTRAT.map(
    (t) => `<option value="${t.code}">${e(t.libelle)}</option>`,
  ).join('');
  const champ = (id: string, label: string, input: string) =>
    `<div class="fr-input-group"><label class="fr-label" for="${id}">${e(label)}</label>${input}</div>`;
  return htmlPage({
    title: `Candidature de ${c.prenom} ${c.nom}`,
    body: `<h1>Candidature de ${e(`${c.prenom} ${c.nom}`)}</h1>${p.erreur ? alerte('error', 'Réponse incomplète', p.erreur) : ''}
<p>Pour votre offre « ${e(o.titre)} ».</p><ul>${contact}
${c.communeNom ? `<li>Habite à ${e(c.communeNom)}</li>` : ''}<li>Permis B : ${c.permisB ? 'oui' : 'non'}</li>
${c.mineur ? '<li>Mineur(e) : règles du travail des mineurs</li>' : ''}</ul>
<h2 class="fr-h4">Un entretien est prévu</h2>
<form method="post" class="fr-mb-4w"><input type="hidden" name="resultat" value="entretien">
${champ('entretienAt', 'Date et heure (heure de Paris)', '<input class="fr-input" type="datetime-local" id="entretienAt" name="entretienAt" required>')}
<button class="fr-btn" type="submit">Noter l’entretien</button></form>
<h2 class="fr-h4">Je recrute</h2>
<form method="post" class="fr-mb-4w"><input type="hidden" name="resultat" value="recrutee">
${champ('typeContrat', 'Type de contrat', `<select class="fr-select" id="typeContrat" name="typeContrat" required>${contrats}</select>`)}
${champ('dateDebut', 'Date de début', '<input class="fr-input" type="date" id="dateDebut" name="dateDebut" required>')}
${champ('dateFin', 'Date de fin (contrat à durée déterminée)', '<input class="fr-input" type="date" id="dateFin" name="dateFin">')}
${champ('heuresHebdo', 'Heures par semaine', '<input class="fr-input" type="number" id="heuresHebdo" name="heuresHebdo" min="1" max="48" step="0.5" required>')}
<button class="fr-btn" type="submit">Confirmer le recrutement</button></form>
<h2 class="fr-h4">Je ne retiens pas cette candidature</h2>
<form method="post"><input type="hidden" name="resultat" value="non_retenue">
<fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Motif</legend>${radios('motif', MOTIFS_NON_RETENUE)}</fieldset>
<button class="fr-btn fr-btn--secondary" type="submit">Ne pas retenir</button></form>`,
  });
}

/** A `datetime-local` value read as Paris time (what the employer means), as an ISO instant. */
export function parisVersIso(local: string): string | undefined {
  if (!isLocalDateTime(local)) return undefined;
  const asUtc = new Date(`${local}:00Z`);
  const paris = new Date(asUtc.toLocaleString('en-US', { timeZone: 'Europe/Paris' }));
  const utc = new Date(asUtc.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(asUtc.getTime() - (paris.getTime() - utc.getTime())).toISOString();
}
