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

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/portail/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/portail', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 5173,
    proxy: {
      ...Object.fromEntries(API_PATHS.map((p) => [p, { target: API_URL }])),
      // The sign-up is POST /portail/:structure/inscription: the API's, not a page.
      '^/portail/[^/]+/inscription$': { target: API_URL },
    },
  },
});
