import { DataSource } from 'typeorm';
import { IndicateurCode } from './indicateurs';
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

export interface Chiffres {
  valeurs: Partial<Record<IndicateurCode, number | null>>;
  ventilations: Partial<Record<IndicateurCode, Record<string, number>>>;
  parCre: { creId: string | null; publiees: number; recrutements: number }[];
}

type Row = Record<string, any>;
const part = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 1000 : null);
const jours = (v: unknown) =>
  v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10;
const ISSUES = [
  'recrutee',
  'non_retenue',
  'desistement',
  'sans_reponse_employeur',
  'declinee_jeune',
  'sans_reponse_jeune',
  'embauche_ailleurs',
  'annulee',
];

/** Runs the report's queries (in parallel, over the pool) and shapes the figures. */
export async function calculer(ds: DataSource, p: Perimetre): Promise<Chiffres> {
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
  const v: Chiffres['valeurs'] = {};
  const vt: Chiffres['ventilations'] = {};
  const add = (code: IndicateurCode, cle: string, n: number) => {
    if (!n) return;
    const t = (vt[code] ??= {});
    t[cle] = (t[cle] ?? 0) + n;
  };

  for (const r of offres) {
    if (r.g_domaine && r.g_contrat) {
      v.entreprises = r.entreprises;
      v.offres_recues = r.recues;
      v.offres_publiees = r.publiees;
      v.offres_pourvues = r.pourvues;
    } else {
      const cle = r.g_domaine ? `contrat:${r.contrat}` : `domaine:${r.domaine}`;
      add('offres_recues', cle, r.recues);
      add('offres_publiees', cle, r.publiees);
      add('offres_pourvues', cle, r.pourvues);
    }
  }
  v.offres_terminees = terminees[0].terminees;
  v.part_offres_recrutement = part(terminees[0].avec_recrutement, terminees[0].terminees);

  let issues = 0;
  for (const r of mer) {
    if (r.g_statut) {
      v.propositions = r.propositions;
      v.jeunes_presentes = r.jeunes;
    } else if (!r.g_motif) {
      if (r.to_statut === 'transmise_employeur')
        v.mises_en_relation = (v.mises_en_relation ?? 0) + r.n;
      if (!ISSUES.includes(r.to_statut)) continue;
      issues += r.n;
      add('issues', r.to_statut, r.n);
      if (r.to_statut === 'non_retenue')
        add('issues', `non_retenue:${r.motif ?? 'sans_motif'}`, r.n);
    } else if (r.to_statut === 'recrutee') {
      add('recrutements', r.contrat ?? 'inconnu', r.n);
    }
  }
  v.mises_en_relation ??= 0;
  v.issues = issues;
  const recrutements = Object.values(vt.recrutements ?? {}).reduce((a, b) => a + b, 0);
  v.recrutements = recrutements;
  v.part_cdd = part(vt.recrutements?.CDD ?? 0, recrutements);

  const s = (mois: number) => suivis.find((r) => r.echeance === mois);
  v.maintien_1_mois = part(s(1)?.en_poste ?? 0, s(1)?.renseignes ?? 0);
  v.maintien_3_mois = part(s(3)?.en_poste ?? 0, s(3)?.renseignes ?? 0);

  const o = parOffre[0];
  v.candidats_par_offre = o.offres ? Math.round(o.moyenne * 100) / 100 : null;
  for (const [k, n] of Object.entries(o.distribution as Record<string, number>)) {
    add('candidats_par_offre', k === '5' ? '5+' : k, n);
  }
  v.delai_premiere_proposition = jours(o.prop_mediane);
  v.delai_recrutement = jours(o.rec_mediane);
  vt.delai_premiere_proposition = { moyenne: jours(o.prop_moyenne) ?? 0, offres: o.prop_n };
  vt.delai_recrutement = { moyenne: jours(o.rec_moyenne) ?? 0, offres: o.rec_n };

  const e = employeurs[0];
  v.taux_reponse_employeurs = part(e.repondues, e.transmises);
  v.delai_reponse_employeurs = jours(e.mediane);
  vt.delai_reponse_employeurs = { moyenne: jours(e.moyenne) ?? 0, reponses: e.repondues };

  const situations: Record<string, { n: number; emploi: number }> = {};
  v.pmsmp = 0;
  v.pmsmp_bilans = 0;
  v.messages_envoyes = 0;
  v.messages_delivres = 0;
  v.messages_echecs = 0;
  const MESSAGES: Record<string, IndicateurCode> = {
    envoye: 'messages_envoyes',
    delivre: 'messages_delivres',
    echec: 'messages_echecs',
  };
  for (const r of compteurs) {
    if (r.nature === 'pmsmp') {
      v.pmsmp += r.n;
      add('pmsmp', r.cle, r.n);
    } else if (r.nature === 'pmsmp_bilan') {
      v.pmsmp_bilans += r.n;
      add('pmsmp_bilans', r.cle, r.n);
    } else if (r.nature === 'pmsmp_situation') {
      const [echeance, emploi] = String(r.cle).split(':');
      const t = (situations[echeance] ??= { n: 0, emploi: 0 });
      t.n += r.n;
      if (emploi === '1') t.emploi += r.n;
    } else {
      const [canal, statut] = String(r.cle).split(':');
      const code = MESSAGES[statut];
      if (!code) continue;
      v[code] = (v[code] ?? 0) + r.n;
      add(code, canal, r.n);
    }
  }
  const sit = (j: number) => part(situations[j]?.emploi ?? 0, situations[j]?.n ?? 0);
  v.pmsmp_emploi_15_jours = sit(15);
  v.pmsmp_emploi_1_mois = sit(30);
  v.pmsmp_emploi_3_mois = sit(90);

  v.jeunes_contactes = 0;
  for (const r of contacts) {
    if (r.canal === '*') v.jeunes_contactes = r.jeunes;
    else add('jeunes_contactes', r.canal, r.jeunes);
  }
  return {
    valeurs: v,
    ventilations: vt,
    parCre: parCre.map((r) => ({
      creId: r.cre_id,
      publiees: r.publiees,
      recrutements: r.recrutements,
    })),
  };
}
