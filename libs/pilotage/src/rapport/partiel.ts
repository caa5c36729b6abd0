import { DataSource } from 'typeorm';
import { SQL, SQL_JOURS } from './rapport-sql';

export interface Perimetre {
  structureIds: string[];
  /** The period as Paris dates (`au` included) and as instants [from, to). */
  du: string;
  au: string;
  from: Date;
  to: Date;
  creId: string | null;
  domaine: string | null;
}

type Compte = Record<string, number>;

/**
 * One structure's part of the report: counts that add up, and the ids (distinct entreprises,
 * jeunes) and values (delays, for the medians) that do not. Parts of several structures merge
 * into theirs by `fusionner`; the figures are shaped from the merged part (chiffres.ts).
 */
export interface Partiel {
  n: Compte;
  /** `offres:recues:domaine:K`, `mer:non_retenue:profil`, `recrutee:CDD`, `compteur:message:sms:envoye`… */
  lignes: Compte;
  entreprises: string[];
  jeunes: string[];
  prop: number[];
  rec: number[];
  delais: number[];
  /** By the CRE who published (`-` for none): `publiees`, `recrutements`. */
  parCre: Record<string, Compte>;
}

export const vide = (): Partiel => ({
  n: {},
  lignes: {},
  entreprises: [],
  jeunes: [],
  prop: [],
  rec: [],
  delais: [],
  parCre: {},
});

const ajoute = (c: Compte, k: string, v: number) => {
  if (v) c[k] = (c[k] ?? 0) + v;
};

/** The parts merged: counts summed, ids and values put together. */
export function fusionner(parts: Partiel[]): Partiel {
  const t = vide();
  for (const p of parts) {
    for (const [k, v] of Object.entries(p.n)) ajoute(t.n, k, v);
    for (const [k, v] of Object.entries(p.lignes)) ajoute(t.lignes, k, v);
    for (const [cre, c] of Object.entries(p.parCre)) {
      const d = (t.parCre[cre] ??= { publiees: 0, recrutements: 0 });
      for (const [k, v] of Object.entries(c)) d[k] += v;
    }
    for (const k of ['entreprises', 'jeunes', 'prop', 'rec', 'delais'] as const)
      for (const x of p[k] as (string | number)[]) (t[k] as (string | number)[]).push(x);
  }
  return t;
}

type Row = Record<string, any>;

/** Each structure's part, in one pass over the read model whatever their number. */
export async function calculerPartiels(
  ds: DataSource,
  p: Perimetre,
): Promise<Map<string, Partiel>> {
  const params = [p.structureIds, p.from, p.to, p.creId, p.domaine];
  // Queries without the filters (follow-ups) take the first three parameters only.
  const q = (k: keyof typeof SQL) =>
    ds.query(SQL[k], SQL[k].includes('$4') ? params : params.slice(0, 3)) as Promise<Row[]>;
  const j = (k: keyof typeof SQL_JOURS) =>
    ds.query(SQL_JOURS[k], [p.structureIds, p.du, p.au]) as Promise<Row[]>;
  const [offres, terminees, mer, parOffre, employeurs, suivis, compteurs, contacts, parCre] =
    await Promise.all([
      q('offres'),
      q('terminees'),
      q('mer'),
      q('parOffre'),
      q('employeurs'),
      q('suivis'),
      j('compteurs'),
      j('contacts'),
      q('parCre'),
    ]);
  const parts = new Map<string, Partiel>();
  const de = (r: Row) => {
    let x = parts.get(r.structure_id);
    if (!x) parts.set(r.structure_id, (x = vide()));
    return x;
  };

  for (const r of offres) {
    const x = de(r);
    if (r.g_domaine && r.g_contrat) {
      ajoute(x.n, 'offres_recues', r.recues);
      ajoute(x.n, 'offres_publiees', r.publiees);
      ajoute(x.n, 'offres_pourvues', r.pourvues);
      x.entreprises.push(...(r.entreprises ?? []).filter((id: string | null) => id));
    } else {
      const cle = r.g_domaine ? `contrat:${r.contrat}` : `domaine:${r.domaine}`;
      ajoute(x.lignes, `offres_recues|${cle}`, r.recues);
      ajoute(x.lignes, `offres_publiees|${cle}`, r.publiees);
      ajoute(x.lignes, `offres_pourvues|${cle}`, r.pourvues);
    }
  }
  for (const r of terminees) {
    ajoute(de(r).n, 'offres_terminees', r.terminees);
    ajoute(de(r).n, 'avec_recrutement', r.avec_recrutement);
  }
  for (const r of mer) {
    const x = de(r);
    if (r.g_statut) {
      ajoute(x.n, 'propositions', r.propositions);
      x.jeunes.push(...(r.jeunes ?? []).filter((id: string | null) => id));
    } else if (!r.g_motif) {
      ajoute(x.lignes, `mer|${r.to_statut}|${r.motif ?? ''}`, r.n);
    } else if (r.to_statut === 'recrutee') {
      ajoute(x.lignes, `recrutee|${r.contrat ?? 'inconnu'}`, r.n);
    }
  }
  for (const r of parOffre) {
    const x = de(r);
    ajoute(x.n, 'offres_publiees_periode', r.offres);
    ajoute(x.n, 'candidats', r.candidats);
    for (const [k, v] of Object.entries(r.distribution as Compte))
      ajoute(x.lignes, `distribution|${k}`, v);
    x.prop.push(...r.prop);
    x.rec.push(...r.rec);
  }
  for (const r of employeurs) {
    const x = de(r);
    ajoute(x.n, 'transmises', r.transmises);
    ajoute(x.n, 'repondues', r.repondues);
    x.delais.push(...r.delais);
  }
  for (const r of suivis) {
    ajoute(de(r).n, `suivi|${r.echeance}|renseignes`, r.renseignes);
    ajoute(de(r).n, `suivi|${r.echeance}|en_poste`, r.en_poste);
  }
  for (const r of compteurs) ajoute(de(r).lignes, `compteur|${r.nature}|${r.cle}`, r.n);
  for (const r of contacts) ajoute(de(r).n, `contacts|${r.canal}`, r.jeunes);
  for (const r of parCre) {
    const c = (de(r).parCre[r.cre_id ?? '-'] ??= { publiees: 0, recrutements: 0 });
    c.publiees += r.publiees;
    c.recrutements += r.recrutements;
  }
  return parts;
}
