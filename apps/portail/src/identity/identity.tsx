// Shared with the pages behind links (libs/core/src/http/html-page.ts): one rule for contrast.
import { createTheme, MantineColorsTuple, MantineProvider } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createContext, ReactNode, useContext, useMemo } from 'react';
import { api, ok, Schemas } from '../api/client';
import { palette } from '../../../../libs/core/src/http/couleurs';

export type Identite = Schemas['IdentiteView'];
const IdentiteContext = createContext<Identite | null>(null);

/** The Mission Locale whose portal this is: `?ml=code` once (kept), or the deployment's one. */
export function structureCode(): string | undefined {
  const fromUrl = new URLSearchParams(window.location.search).get('ml');
  if (fromUrl) localStorage.setItem('portail.ml', fromUrl);
  return fromUrl ?? localStorage.getItem('portail.ml') ?? undefined;
}

export function useIdentite(): Identite | null {
  return useContext(IdentiteContext);
}

/**
 * The theme: the structure's colour (made accessible), system fonts, visible focus. `code`: given
 * when the server renders (no URL or storage of the browser there; null: none in the URL).
 */
export function IdentiteProvider(p: { children: ReactNode; code?: string | null }) {
  const { children, code: given } = p;
  const code = useMemo(
    () => (given === undefined ? structureCode() : (given ?? undefined)),
    [given],
  );
  const { data } = useQuery({
    queryKey: ['identite', code],
    queryFn: () => ok(api.GET('/portail-identite', { params: { query: code ? { code } : {} } })),
    staleTime: Infinity,
  });
  const theme = useMemo(
    () =>
      createTheme({
        primaryColor: 'ml',
        primaryShade: 6,
        colors: { ml: palette(data?.couleur) as unknown as MantineColorsTuple },
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
        defaultRadius: 'sm',
        focusRing: 'always',
        cursorType: 'pointer',
        components: {
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Fermer' } } },
          // Light alerts keep dark text whatever their colour (a yellow title fails AA).
          Alert: {
            styles: {
              title: { color: 'var(--mantine-color-dark-9)' },
              message: { color: 'var(--mantine-color-dark-9)' },
            },
          },
        },
      }),
    [data?.couleur],
  );
  return (
    <IdentiteContext.Provider value={data ?? null}>
      <MantineProvider theme={theme} forceColorScheme="light">
        {children}
      </MantineProvider>
    </IdentiteContext.Provider>
  );
}
