import { isValidSiret } from '@app/entreprises';
import { ConventionContenu } from '../domain/convention-contenu';
import { addDays, addMonths, isValidDay } from './calendrier';
import { Probleme, probleme } from './probleme';

export const AGE_MINIMUM = 16;
export const MAJORITE = 18;

/** Full years on a day (both YYYY-MM-DD). */
export function ageLe(dateNaissance: string, jour: string): number {
  const [by, bm, bd] = dateNaissance.split('-').map(Number);
  const [y, m, d] = jour.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export const estMineur = (c: Pick<ConventionContenu, 'beneficiaire' | 'dateDebut'>) =>
  ageLe(c.beneficiaire.dateNaissance, c.dateDebut) < MAJORITE;

/** At least 16 at the start date. */
export function ageMinimum(dateNaissance: string, dateDebut: string): Probleme[] {
  const age = ageLe(dateNaissance, dateDebut);
  return age < AGE_MINIMUM
    ? [
        probleme(
          'beneficiaire.dateNaissance',
          'age_minimum',
          `Le bénéficiaire doit avoir au moins ${AGE_MINIMUM} ans au début de l’immersion (${age} ans le ${dateDebut}).`,
        ),
      ]
    : [];
}

/** Under 18 at the start date: a legal representative, who signs. */
export function representantLegal(c: ConventionContenu): Probleme[] {
  return estMineur(c) && !c.representantLegal
    ? [
        probleme(
          'representantLegal',
          'obligatoire',
          'Le bénéficiaire est mineur au début de l’immersion : indiquez son représentant légal, qui signe la convention.',
        ),
      ]
    : [];
}

/**
 * One month at most (Code du travail D5135-3), continuous or not: the first and last days fit in
 * one calendar month (10 March → 9 April at most); days off inside it are allowed.
 */
export function dureeMaximale(dateDebut: string, dateFin: string): Probleme[] {
  if (!isValidDay(dateDebut))
    return [probleme('dateDebut', 'format', 'La date de début n’est pas une date (AAAA-MM-JJ).')];
  if (!isValidDay(dateFin))
    return [probleme('dateFin', 'format', 'La date de fin n’est pas une date (AAAA-MM-JJ).')];
  if (dateFin < dateDebut)
    return [probleme('dateFin', 'ordre', 'La date de fin doit être le jour de début ou après.')];
  const max = addDays(addMonths(dateDebut, 1), -1);
  return dateFin > max
    ? [
        probleme(
          'dateFin',
          'duree_max',
          `Une immersion dure un mois au plus : au plus tard le ${max} pour un début le ${dateDebut}.`,
        ),
      ]
    : [];
}

/** No back-dating: the start is today (Paris) or later, minus a short grace (days). */
export function pasDeRetroactivite(
  dateDebut: string,
  aujourdhui: string,
  graceJours: number,
): Probleme[] {
  const limite = addDays(aujourdhui, -graceJours);
  return isValidDay(dateDebut) && dateDebut < limite
    ? [
        probleme(
          'dateDebut',
          'retroactive',
          `La date de début ne peut pas être antérieure au ${limite} : une convention ne s’antidate pas.`,
        ),
      ]
    : [];
}

export function siretValide(siret: string): Probleme[] {
  return isValidSiret(siret)
    ? []
    : [
        probleme(
          'accueil.siret',
          'siret',
          `Le SIRET « ${siret} » n’est pas valide (14 chiffres, clé de contrôle).`,
        ),
      ];
}

/** Each signatory: its field, a person key (same name + email = the same person signing twice). */
export function signatairesPersonnes(c: ConventionContenu) {
  const p = [
    { field: 'beneficiaire', ...c.beneficiaire },
    ...(c.representantLegal ? [{ field: 'representantLegal', ...c.representantLegal }] : []),
    { field: 'accueil.representant', ...c.accueil.representant },
    { field: 'tuteur', ...c.tuteur },
    { field: 'prescripteur.conseiller', ...c.prescripteur.conseiller },
  ];
  return p.map((x) => ({
    ...x,
    cle: `${x.nom.trim().toLowerCase()}|${x.prenom.trim().toLowerCase()}|${x.email.trim().toLowerCase()}`,
  }));
}

/**
 * Distinct signatories have distinct emails and phones (each gets a personal link). The host's
 * representative may be the tutor too: same name and email, the same person.
 */
export function contactsDistincts(c: ConventionContenu): Probleme[] {
  const out: Probleme[] = [];
  const personnes = signatairesPersonnes(c);
  for (const champ of ['email', 'telephone'] as const) {
    const vus = new Map<string, { field: string; cle: string }>();
    for (const p of personnes) {
      const v = p[champ].trim().toLowerCase();
      // A missing contact is not shared (a draft being keyed in; creation requires them).
      if (!v) continue;
      const deja = vus.get(v);
      if (deja && deja.cle !== p.cle) {
        out.push(
          probleme(
            `${p.field}.${champ}`,
            `${champ}_partage`,
            `${champ === 'email' ? 'Cet e-mail' : 'Ce téléphone'} est déjà celui d’un autre signataire (${deja.field}) : chaque signataire a le sien.`,
          ),
        );
      } else if (!deja) vus.set(v, p);
    }
  }
  return out;
}

/** Free fields are plain text: no markup, no control characters (tab and newlines are fine). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function texteBrut(valeurs: Record<string, string | undefined>): Probleme[] {
  return Object.entries(valeurs).flatMap(([field, v]) =>
    v !== undefined && (/<[a-zA-Z!/?]/.test(v) || CONTROLE.test(v))
      ? [
          probleme(
            field,
            'texte_brut',
            'Texte simple uniquement : pas de balises ni de caractères de contrôle.',
          ),
        ]
      : [],
  );
}
