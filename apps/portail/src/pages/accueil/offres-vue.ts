import type { OffreLigne } from '../shared/use-employeur';

/**
 * The home page's table: one page of the employer's offers, sorted and filtered, the choice kept
 * in the URL (?filtre=&tri=&page=) so that a link, the back button or a reload keep it. Pure
 * functions (component-tested in offres-vue.spec.ts); the counters stay over all offers.
 */
export const PAR_PAGE = 25;

export const TRIS = {
  recent: 'Les plus récentes',
  ancien: 'Les plus anciennes',
  date_debut: 'Date de début',
  titre: 'Titre (A à Z)',
} as const;
export type Tri = keyof typeof TRIS;

export const STATUTS = {
  brouillon: 'Brouillons',
  a_valider: 'En attente de validation',
  publiee: 'Publiées',
  pourvue: 'Pourvues',
  cloturee: 'Clôturées',
  expiree: 'Expirées',
} as const;

/** Besides the states: the offers with candidates to answer, those expiring within 7 days. */
export const FILTRES = {
  toutes: 'Toutes mes offres',
  a_traiter: 'Avec des candidats à traiter',
  expirent: 'Expirent dans moins de 7 jours',
  ...STATUTS,
} as const;
export type Filtre = keyof typeof FILTRES;

export interface Choix {
  filtre: Filtre;
  tri: Tri;
  page: number;
}

const oneOf = <T extends string>(keys: object, value: string | null, fallback: T): T =>
  value && Object.hasOwn(keys, value) ? (value as T) : fallback;

/** Unknown or malformed values fall back to the defaults (an old bookmark still opens). */
export function lireChoix(params: URLSearchParams): Choix {
  const page = Number(params.get('page'));
  return {
    filtre: oneOf<Filtre>(FILTRES, params.get('filtre'), 'toutes'),
    tri: oneOf<Tri>(TRIS, params.get('tri'), 'recent'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The search params for a choice: defaults left out (the plain home stays `/`). */
export function ecrireChoix(c: Choix): URLSearchParams {
  const p = new URLSearchParams();
  if (c.filtre !== 'toutes') p.set('filtre', c.filtre);
  if (c.tri !== 'recent') p.set('tri', c.tri);
  if (c.page > 1) p.set('page', String(c.page));
  return p;
}

export interface Contexte {
  attente: Map<string, number>;
  expireBientot: (o: OffreLigne) => boolean;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const COMPARE: Record<Tri, (a: OffreLigne, b: OffreLigne) => number> = {
  recent: (a, b) => b.createdAt.localeCompare(a.createdAt),
  ancien: (a, b) => a.createdAt.localeCompare(b.createdAt),
  date_debut: (a, b) => a.dateDebut.localeCompare(b.dateDebut),
  titre: (a, b) => collator.compare(a.titre, b.titre),
};

export interface Vue {
  rows: OffreLigne[];
  /** Offers matching the filter (all pages). */
  total: number;
  pages: number;
  /** The page shown: a page past the end shows the last one. */
  page: number;
}

export function offresVue(offres: OffreLigne[], c: Choix, ctx: Contexte): Vue {
  const garde =
    c.filtre === 'toutes'
      ? offres
      : c.filtre === 'a_traiter'
        ? offres.filter((o) => (ctx.attente.get(o.id) ?? 0) > 0)
        : c.filtre === 'expirent'
          ? offres.filter(ctx.expireBientot)
          : offres.filter((o) => o.statut === c.filtre);
  const pages = Math.max(1, Math.ceil(garde.length / PAR_PAGE));
  const page = Math.min(c.page, pages);
  // Stable: equal keys keep the API's order (most recent first).
  const rows = [...garde].sort(COMPARE[c.tri]).slice((page - 1) * PAR_PAGE, page * PAR_PAGE);
  return { rows, total: garde.length, pages, page };
}
