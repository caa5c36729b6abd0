import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The portal, served by the API under /portail (built into dist/portail). `npm run dev:portail`:
 * Vite with hot reload on :5173, forwarding the API's paths to API_URL (default :3000).
 */
const API_URL = process.env.API_URL ?? 'http://localhost:3000';
const API_PATHS = [
  '/auth',
  '/offres',
  '/entreprises',
  '/mises-en-relation',
  '/referentiels',
  '/structures',
  '/invitations',
  '/portail-identite',
  '/users',
  '/pmsmp',
  '/a-traiter',
  '/jeunes',
];

/**
 * Two builds (`npm run build:portail`): the browser's (dist/portail, with a manifest naming each
 * page's chunk and CSS) and, with `--ssr src/entry-server.tsx`, the employer's home rendered by
 * the API (dist/portail-ssr, not served): one CommonJS file with React, Mantine… inside, so the
 * API requires it as is (ts-jest, dist) without the front-end's packages installed.
 */
export default defineConfig(({ isSsrBuild }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/portail/',
  plugins: [react()],
  publicDir: isSsrBuild ? false : 'public',
  build: isSsrBuild
    ? {
        outDir: fileURLToPath(new URL('../../dist/portail-ssr', import.meta.url)),
        emptyOutDir: true,
        rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
      }
    : {
        outDir: fileURLToPath(new URL('../../dist/portail', import.meta.url)),
        emptyOutDir: true,
        manifest: true,
        chunkSizeWarningLimit: 700,
      },
  ssr: { noExternal: true },
  // React's build (production, or development under the tests) fixed when built, as in the
  // browser's bundle: the JSX compiled for one does not run on the other.
  define: isSsrBuild
    ? { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV || 'production') }
    : {},
  server: {
    port: 5173,
    proxy: {
      ...Object.fromEntries(API_PATHS.map((p) => [p, { target: API_URL }])),
      // The sign-up is POST /portail/:structure/inscription: the API's, not a page.
      '^/portail/[^/]+/inscription$': { target: API_URL },
    },
  },
}));
