import { ConventionContenu, JourHoraire } from '../domain/convention-contenu';
import {
  ageMinimum,
  contactsDistincts,
  dureeMaximale,
  estMineur,
  pasDeRetroactivite,
  representantLegal,
  siretValide,
  texteBrut,
} from './convention-rules';
import { deuxMoisSurDouze, Periode } from './renouvellement-rules';
import { maxParJour, maxParSemaine, plagesBienFormees } from './horaires-rules';
import {
  dimancheFerieMineur,
  nuitMineur,
  reposHebdoMineur,
  reposQuotidienMineur,
} from './mineurs-rules';
import { totaux, Totaux } from './horaires-totaux';
import { Probleme } from './probleme';

export interface ContexteVerification {
  /** Today in Paris. */
  aujourdhui: string;
  graceJours: number;
  /** False when editing an agreement whose start date did not change. */
  controlerRetroactivite: boolean;
  /** The beneficiary's other live agreements with the same host (same SIRET). */
  autresMemeAccueil: Periode[];
  /** For a renewal: the schedule of the agreement it renews (weeks that straddle both). */
  horairesPrecedents?: JourHoraire[];
  /** For a renewal: it starts after the renewed agreement's end. */
  finPrecedente?: string;
}

export interface Verification {
  erreurs: Probleme[];
  /** Exceptions the law allows, shown to the conseiller and in the agreement. */
  avertissements: Probleme[];
  totaux: Totaux;
  mineur: boolean;
}

const LIBRES = [
  'activites',
  'competences',
  'conditionsTravail',
  'risques',
  'equipementsProtection',
  'transport',
  'restauration',
  'derogationDimancheFerie',
] as const;

/** Every rule of the agreement, at once: the API answers all the errors together. */
export function verifierConvention(c: ConventionContenu, ctx: ContexteVerification): Verification {
  const erreurs: Probleme[] = [];
  const duree = dureeMaximale(c.dateDebut, c.dateFin);
  erreurs.push(...duree);
  const mineur = duree.some((p) => p.code === 'format') ? false : estMineur(c);
  erreurs.push(...ageMinimum(c.beneficiaire.dateNaissance, c.dateDebut));
  erreurs.push(...representantLegal(c));
  if (ctx.controlerRetroactivite) {
    erreurs.push(...pasDeRetroactivite(c.dateDebut, ctx.aujourdhui, ctx.graceJours));
  }
  if (ctx.finPrecedente && c.dateDebut <= ctx.finPrecedente) {
    erreurs.push({
      field: 'dateDebut',
      code: 'renouvellement_dates',
      message: `Le renouvellement commence après la fin de la convention renouvelée (${ctx.finPrecedente}).`,
    });
  }
  erreurs.push(...siretValide(c.accueil.siret));
  erreurs.push(...contactsDistincts(c));
  erreurs.push(...texteBrut(Object.fromEntries(LIBRES.map((k) => [k, c[k]]))));
  if (duree.length === 0) erreurs.push(...deuxMoisSurDouze(ctx.autresMemeAccueil, c));

  const forme = plagesBienFormees(c.horaires, c.dateDebut, c.dateFin);
  erreurs.push(...forme);
  const t = totaux(c.horaires, ctx.horairesPrecedents);
  const avertissements: Probleme[] = [];
  if (forme.length === 0) {
    erreurs.push(...maxParJour(c.horaires, mineur), ...maxParSemaine(t, mineur));
    if (mineur) {
      erreurs.push(...nuitMineur(c.horaires), ...reposQuotidienMineur(c.horaires));
      erreurs.push(...reposHebdoMineur(c.horaires));
      for (const p of dimancheFerieMineur(c.horaires, c.derogationDimancheFerie)) {
        (p.code === 'derogation' ? avertissements : erreurs).push(p);
      }
    }
  }
  return { erreurs, avertissements, totaux: t, mineur };
}
