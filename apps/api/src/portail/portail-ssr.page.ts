import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The home page's chunk in Vite's manifest (dist/portail/.vite/manifest.json). */
export const HOME_CHUNK = 'src/pages/accueil/accueil.tsx';
/** Where the server's render puts the home page's data; read by src/main.tsx. */
export const STATE_ID = 'portail-etat';
/** Tells public/boot.js that the data is in the page (no prefetch). */
export const SSR_MARKER = '<meta name="portail-ssr" content="1">';
/** The application's entry, started by public/boot.js once the server's markup is painted. */
const APP_META = 'portail-app';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}

/** The home page in two parts: `head` is sent at once, then `body` (or `fallback`). */
export interface HomeTemplate {
  head: string;
  /** The rendered markup and the state, with the server's timings (read by the bench). */
  body(html: string, state: unknown, timings: { donnees: number; rendu: number }): string;
  /** An empty root: the browser renders the page itself (its scripts fetch the data). */
  fallback: string;
}

/**
 * The built index.html, ready to take a rendered home page: the home chunk's JS preloaded and its
 * CSS linked (the markup is styled before any script runs), the marker before boot.js. Up to the
 * root element it is sent before the data is gathered: the browser loads the CSS and scripts
 * meanwhile.
 */
export function homeTemplate(distPath: string): HomeTemplate {
  const index = readFileSync(join(distPath, 'index.html'), 'utf8');
  const manifest = JSON.parse(
    readFileSync(join(distPath, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || js.has(chunk.file)) return;
    js.add(chunk.file);
    chunk.css?.forEach((c) => css.add(c));
    chunk.imports?.forEach(visit);
  };
  visit(HOME_CHUNK);
  if (js.size === 0) throw new Error(`${HOME_CHUNK} absent du manifeste de Vite`);
  const links = [
    ...[...css].map((f) => `<link rel="stylesheet" crossorigin href="/portail/${f}">`),
    ...[...js].map((f) => `<link rel="modulepreload" crossorigin href="/portail/${f}">`),
  ].join('');
  const [head, tail] = split(index, '<div id="root"></div>');
  // Mantine's colour scheme on <html> at once (its script would set it after the first paint).
  const [start, rest] = split(head, '<html lang="fr"');
  const [beforeBoot, afterBoot] = split(rest, '<script src="/portail/boot.js">');
  const [beforeEnd, end] = split(afterBoot, '</head>');
  // The entry preloaded, not run as the document ends: evaluating it (React, Mantine…) came
  // before the markup's first frame was shown, ~40 ms at 500 offers (bench/portail.ts).
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
  const app = entry.exec(beforeEnd)?.[1];
  if (!app) throw new Error('index.html sans son script principal');
  const preload = `<link rel="modulepreload" crossorigin href="${app}">`;
  // boot.js deferred here: on this page it only starts the app after the first paint, and as a
  // parser-blocking script its revalidation (a round trip to this server, busy gathering the
  // page's data) held the markup's parsing, so its paint, by one round trip or more.

  return {
    head:
      `${start}<html lang="fr" data-mantine-color-scheme="light"${beforeBoot}` +
      `${SSR_MARKER}<meta name="${APP_META}" content="${app}">` +
      `<script defer src="/portail/boot.js">${beforeEnd.replace(entry, preload)}${links}</head>${end}`,
    body: (html, state, t) =>
      `<div id="root">${html}</div><script type="application/json" id="${STATE_ID}" ` +
      `data-donnees-ms="${t.donnees}" data-rendu-ms="${t.rendu}">${jsonInHtml(state)}</script>${tail}`,
    fallback: `<div id="root"></div>${tail}`,
  };
}

function split(text: string, at: string): [string, string] {
  const i = text.indexOf(at);
  if (i < 0) throw new Error(`index.html sans ${at}`);
  return [text.slice(0, i), text.slice(i + at.length)];
}

/** JSON inside a <script> element: no `</script>` or `<!--` can come from the data (offer titles). */
export const jsonInHtml = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
