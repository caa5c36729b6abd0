import { accessibleColour } from './couleurs';
import { PAGE_CSS } from './page-style';

/** Escapes text for HTML: every value that comes from data goes through it. */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The Mission Locale's identity on the page (the portal's: name, colour, logo). */
export interface PageIdentite {
  couleur?: string | null;
  logoUrl?: string | null;
}

/**
 * A server-rendered page with the Mission Locale's identity (not the State's design system,
 * reserved for State services). Used for the pages behind links in messages: they must work on
 * any phone, without an app and without JavaScript.
 */
export function htmlPage(p: {
  title: string;
  structure?: string;
  identite?: PageIdentite;
  body: string;
}): string {
  const nom = escapeHtml(p.structure ?? 'Mission Locale');
  const logo = p.identite?.logoUrl ? `<img src="${escapeHtml(p.identite.logoUrl)}" alt="">` : '';
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(p.title)}</title>
<style>:root{--ml:${accessibleColour(p.identite?.couleur)}}${PAGE_CSS}</style>
</head>
<body>
<a class="ml-skip" href="#contenu">Aller au contenu</a>
<header role="banner" class="ml-header"><div class="ml-inner">${logo}
<div><p class="ml-nom">${nom}</p><p class="ml-tagline">Service entreprises</p></div>
</div></header>
<main role="main" id="contenu" class="fr-container">
${p.body}
</main>
<footer role="contentinfo" class="ml-footer"><div class="ml-inner">${nom} · accompagnement des jeunes de 16 à 25 ans vers l’emploi</div></footer>
</body>
</html>`;
}
