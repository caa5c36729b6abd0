import { useSearchParams } from 'react-router';

export interface Filtres {
  du?: string;
  au?: string;
  cre?: string;
  domaine?: string;
  par?: 'region' | 'departement';
}

const CLES = ['du', 'au', 'cre', 'domaine', 'par'] as const;

/** The filters live in the URL (shareable, kept on reload and by the back button). */
export function useFiltres(): [Filtres, (f: Filtres) => void] {
  const [params, setParams] = useSearchParams();
  const filtres: Filtres = {};
  for (const k of CLES) {
    const v = params.get(k);
    if (v) (filtres as Record<string, string>)[k] = v;
  }
  const set = (f: Filtres) => {
    const next = new URLSearchParams();
    for (const k of CLES) if (f[k]) next.set(k, f[k]!);
    setParams(next);
  };
  return [filtres, set];
}

/** The same filters as a query string for the export links (the API's own names). */
export const queryString = (f: Filtres) => {
  const q = new URLSearchParams();
  for (const k of ['du', 'au', 'cre', 'domaine'] as const) if (f[k]) q.set(k, f[k]!);
  const s = q.toString();
  return s ? `?${s}` : '';
};
