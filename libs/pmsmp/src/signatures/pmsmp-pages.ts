import { escapeHtml as e, htmlPage } from '@app/core';
import { Section } from '../domain/convention-sections';

/** The pages behind the PMSMP links: French, plain semantic HTML, no JavaScript, phone-first. */
export const sectionsHtml = (sections: Section[]) =>
  sections
    .map(
      (s) =>
        `<section><h2>${e(s.titre)}</h2><dl>${s.lignes
          .map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`)
          .join('')}</dl></section>`,
    )
    .join('\n');

export function pageMessage(titre: string, texte: string): string {
  return htmlPage({ title: titre, body: `<h1>${e(titre)}</h1><p role="status">${e(texte)}</p>` });
}

export function pageSignature(p: {
  qualite: string;
  nom: string;
  version: number;
  empreinte: string;
  sections: Section[];
  avertissements: string[];
  erreur?: string;
}): string {
  const alertes = p.avertissements.length
    ? `<section><h2>À noter</h2><ul>${p.avertissements.map((a) => `<li>${e(a)}</li>`).join('')}</ul></section>`
    : '';
  return htmlPage({
    title: 'Convention d’immersion à signer',
    body: `<h1>Convention de PMSMP à signer</h1>
${p.erreur ? `<p role="alert">${e(p.erreur)}</p>` : ''}
<p>Vous signez en tant que <strong>${e(p.qualite)}</strong> (${e(p.nom)}). Lisez la convention (version ${p.version}) jusqu’au bout.</p>
${sectionsHtml(p.sections)}
${alertes}
<form method="post">
<input type="hidden" name="empreinte" value="${e(p.empreinte)}">
<p><input type="checkbox" id="accepte" name="accepte" value="oui" required>
<label for="accepte">J’ai lu la convention et je l’accepte. Je la signe en tant que ${e(p.qualite)}.</label></p>
<p><button type="submit">Je signe la convention</button></p>
</form>
<p><small>Empreinte SHA-256 de cette version : <code style="overflow-wrap:anywhere">${e(p.empreinte)}</code>. Votre signature enregistre la date, l’heure, votre adresse IP et votre navigateur.</small></p>`,
  });
}
