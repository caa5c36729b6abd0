/** Escapes text for HTML: every value that comes from data goes through it. */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A server-rendered page in the French State's design system (DSFR, served from /dsfr).
 * Used for the pages behind links in messages: they must work on any phone, without an app.
 */
export function htmlPage(p: { title: string; structure?: string; body: string }): string {
  return `<!doctype html>
<html lang="fr" data-fr-scheme="system">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<link rel="stylesheet" href="/dsfr/dsfr.min.css">
</head>
<body>
<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container">
<div class="fr-header__body-row"><div class="fr-header__brand fr-enlarge-link">
<div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div></div>
<div class="fr-header__service"><p class="fr-header__service-title">${escapeHtml(p.structure ?? 'Mission Locale')}</p>
<p class="fr-header__service-tagline">Service entreprises</p></div>
</div></div></div></div></header>
<main role="main" id="contenu" class="fr-container fr-py-6w">
${p.body}
</main>
</body>
</html>`;
}
