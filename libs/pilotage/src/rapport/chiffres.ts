import { IndicateurCode } from './indicateurs';
import { Partiel } from './partiel';

export interface Chiffres {
  valeurs: Partial<Record<IndicateurCode, number | null>>;
  ventilations: Partial<Record<IndicateurCode, Record<string, number>>>;
  parCre: { creId: string | null; publiees: number; recrutements: number }[];
}

const part = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 1000 : null);
const jours = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
const moyenne = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
/** PostgreSQL's percentile_cont(0.5): the middle value, interpolated. */
function mediane(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) / 2;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.ceil(pos)] - s[lo]) * (pos - lo);
}
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
const MESSAGES: Record<string, IndicateurCode> = {
  envoye: 'messages_envoyes',
  delivre: 'messages_delivres',
  echec: 'messages_echecs',
};

/** The figures of a (merged) part: shares, medians and distinct counts taken on the whole. */
export function chiffresDe(x: Partiel): Chiffres {
  const n = (k: string) => x.n[k] ?? 0;
  const v: Chiffres['valeurs'] = {};
  const vt: Chiffres['ventilations'] = {};
  const add = (code: IndicateurCode, cle: string, k: number) => {
    if (!k) return;
    const t = (vt[code] ??= {});
    t[cle] = (t[cle] ?? 0) + k;
  };

  v.entreprises = new Set(x.entreprises).size;
  v.offres_recues = n('offres_recues');
  v.offres_publiees = n('offres_publiees');
  v.offres_pourvues = n('offres_pourvues');
  v.offres_terminees = n('offres_terminees');
  v.part_offres_recrutement = part(n('avec_recrutement'), n('offres_terminees'));
  v.propositions = n('propositions');
  v.jeunes_presentes = new Set(x.jeunes).size;
  v.mises_en_relation = 0;
  v.issues = 0;
  v.pmsmp = 0;
  v.pmsmp_bilans = 0;
  v.messages_envoyes = 0;
  v.messages_delivres = 0;
  v.messages_echecs = 0;
  const situations: Record<string, { n: number; emploi: number }> = {};

  for (const [cle, k] of Object.entries(x.lignes).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [kind, a, b] = cle.split('|');
    if (kind.startsWith('offres_')) add(kind as IndicateurCode, a, k);
    else if (kind === 'mer') {
      if (a === 'transmise_employeur') v.mises_en_relation += k;
      if (!ISSUES.includes(a)) continue;
      v.issues += k;
      add('issues', a, k);
      if (a === 'non_retenue') add('issues', `non_retenue:${b || 'sans_motif'}`, k);
    } else if (kind === 'recrutee') add('recrutements', a, k);
    else if (kind === 'distribution') add('candidats_par_offre', a === '5' ? '5+' : a, k);
    else if (kind === 'compteur') {
      if (a === 'pmsmp') {
        v.pmsmp += k;
        add('pmsmp', b, k);
      } else if (a === 'pmsmp_bilan') {
        v.pmsmp_bilans += k;
        add('pmsmp_bilans', b, k);
      } else if (a === 'pmsmp_situation') {
        const [echeance, emploi] = b.split(':');
        const t = (situations[echeance] ??= { n: 0, emploi: 0 });
        t.n += k;
        if (emploi === '1') t.emploi += k;
      } else {
        const [canal, statut] = b.split(':');
        const code = MESSAGES[statut];
        if (!code) continue;
        v[code] = (v[code] ?? 0) + k;
        add(code, canal, k);
      }
    }
  }
  const recrutements = Object.values(vt.recrutements ?? {}).reduce((a, b) => a + b, 0);
  v.recrutements = recrutements;
  v.part_cdd = part(vt.recrutements?.CDD ?? 0, recrutements);
  v.maintien_1_mois = part(n('suivi|1|en_poste'), n('suivi|1|renseignes'));
  v.maintien_3_mois = part(n('suivi|3|en_poste'), n('suivi|3|renseignes'));

  const offres = n('offres_publiees_periode');
  v.candidats_par_offre = offres ? Math.round((n('candidats') / offres) * 100) / 100 : null;
  v.delai_premiere_proposition = jours(mediane(x.prop));
  v.delai_recrutement = jours(mediane(x.rec));
  vt.delai_premiere_proposition = { moyenne: jours(moyenne(x.prop)) ?? 0, offres: x.prop.length };
  vt.delai_recrutement = { moyenne: jours(moyenne(x.rec)) ?? 0, offres: x.rec.length };

  v.taux_reponse_employeurs = part(n('repondues'), n('transmises'));
  v.delai_reponse_employeurs = jours(mediane(x.delais));
  vt.delai_reponse_employeurs = {
    moyenne: jours(moyenne(x.delais)) ?? 0,
    reponses: n('repondues'),
  };

  const sit = (j: number) => part(situations[j]?.emploi ?? 0, situations[j]?.n ?? 0);
  v.pmsmp_emploi_15_jours = sit(15);
  v.pmsmp_emploi_1_mois = sit(30);
  v.pmsmp_emploi_3_mois = sit(90);

  v.jeunes_contactes = n('contacts|*');
  for (const canal of ['email', 'sms']) add('jeunes_contactes', canal, n(`contacts|${canal}`));
  return {
    valeurs: v,
    ventilations: vt,
    parCre: Object.entries(x.parCre)
      .map(([cre, c]) => ({
        creId: cre === '-' ? null : cre,
        publiees: c.publiees,
        recrutements: c.recrutements,
      }))
      .sort((a, b) => (a.creId ?? '~').localeCompare(b.creId ?? '~')),
  };
}
