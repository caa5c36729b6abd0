// Code lists shared with the API (pure module, no Nest): the same codes and labels everywhere.
import {
  EXPERIENCES,
  NATURES_CONTRAT,
  NIVEAUX_DIPLOME,
  TYPES_CONTRAT,
} from '../../../../libs/referentiels/src/codes/codes-offre';
import type { components } from '../api/schema';

export { EXPERIENCES, NATURES_CONTRAT, NIVEAUX_DIPLOME, TYPES_CONTRAT };
export type CreateOffreBody = components['schemas']['CreateOffreDto'];
type OffreView = components['schemas']['OffreView'];

/** Fixed-term contracts need a duration (libs/offres/src/offre-codes.ts). */
export const CONTRATS_A_DUREE = ['CDD', 'MIS', 'SAI'];

/** Form state: numbers as typed text, so that an empty field stays empty. */
export interface OffreFormValues {
  titre: string;
  codeRome: string;
  codeAppellation: string;
  metierLibelle: string;
  description: string;
  typeContrat: string;
  natureContrat: string;
  dureeValeur: string;
  dureeUnite: '' | 'mois' | 'semaines';
  heuresHebdo: string;
  horaires: string;
  travailNuit: boolean;
  travailWeekend: boolean;
  dateDebut: string;
  communeInsee: string;
  communeNom: string;
  nombrePostes: string;
  permisB: boolean;
  niveauDiplome: string;
  experience: 'D' | 'S' | 'E';
  ouverteMineurs: boolean;
  salaireMontant: string;
  salaireUnite: '' | 'horaire' | 'mensuel';
}

export const emptyOffre = (): OffreFormValues => ({
  titre: '',
  codeRome: '',
  codeAppellation: '',
  metierLibelle: '',
  description: '',
  typeContrat: 'CDD',
  natureContrat: 'E1',
  dureeValeur: '',
  dureeUnite: 'mois',
  heuresHebdo: '35',
  horaires: '',
  travailNuit: false,
  travailWeekend: false,
  dateDebut: '',
  communeInsee: '',
  communeNom: '',
  nombrePostes: '1',
  permisB: false,
  niveauDiplome: '',
  experience: 'D',
  ouverteMineurs: true,
  salaireMontant: '',
  salaireUnite: '',
});

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function fromOffre(o: OffreView, communeNom = ''): OffreFormValues {
  return {
    ...emptyOffre(),
    titre: o.titre,
    codeRome: o.codeRome,
    codeAppellation: o.codeAppellation ?? '',
    metierLibelle: o.titre,
    description: o.description,
    typeContrat: o.typeContrat,
    natureContrat: o.natureContrat,
    dureeValeur: text(o.dureeValeur),
    dureeUnite: (o.dureeUnite as OffreFormValues['dureeUnite']) ?? '',
    heuresHebdo: text(o.heuresHebdo),
    horaires: o.horaires ?? '',
    travailNuit: o.travailNuit,
    travailWeekend: o.travailWeekend,
    dateDebut: o.dateDebut,
    communeInsee: o.communeInsee,
    communeNom,
    nombrePostes: text(o.nombrePostes),
    permisB: o.permisB,
    niveauDiplome: o.niveauDiplome ?? '',
    experience: o.experience as OffreFormValues['experience'],
    ouverteMineurs: o.ouverteMineurs,
    salaireMontant: text(o.salaireMontant),
    salaireUnite: (o.salaireUnite as OffreFormValues['salaireUnite']) ?? '',
  };
}

/**
 * The messages of the API's rules (libs/offres/src/offre-rules.ts and the DTO), checked before
 * sending so that the employer is told at once; the API stays the judge (a test compares them).
 */
export const MESSAGES = {
  titre: 'Indiquez l’intitulé du poste (3 caractères au moins)',
  codeRome: 'Choisissez un métier dans la liste',
  description: 'Décrivez le poste (10 caractères au moins)',
  heuresHebdo: 'La durée hebdomadaire ne peut pas dépasser 48 heures (maximum légal)',
  heuresMin: 'Indiquez le nombre d’heures par semaine',
  dateDebut: 'La date de début ne peut pas être dans le passé.',
  dateDebutVide: 'Indiquez la date de début',
  dureeValeur: (type: string) =>
    `La durée du contrat (en mois ou en semaines) est obligatoire pour un contrat ${type}.`,
  dureeUnite: 'Précisez si la durée est en mois ou en semaines.',
  ouverteMineurs:
    'Une offre avec travail de nuit ne peut pas être ouverte aux mineurs (travail de nuit interdit avant 18 ans).',
  salaireUnite: 'Précisez si le salaire est horaire ou mensuel.',
  nombrePostes: 'Indiquez un nombre de postes entre 1 et 100',
} as const;

/** `today`: YYYY-MM-DD in Paris time. Returns field → message (empty: valid). */
export function validateOffre(v: OffreFormValues, today: string): Record<string, string> {
  const e: Record<string, string> = {};
  if (v.titre.trim().length < 3) e.titre = MESSAGES.titre;
  if (!/^[A-N]\d{4}$/.test(v.codeRome)) e.codeRome = MESSAGES.codeRome;
  if (v.description.trim().length < 10) e.description = MESSAGES.description;
  const heures = Number(v.heuresHebdo.replace(',', '.'));
  if (!v.heuresHebdo || !(heures >= 1)) e.heuresHebdo = MESSAGES.heuresMin;
  else if (heures > 48) e.heuresHebdo = MESSAGES.heuresHebdo;
  if (!v.dateDebut) e.dateDebut = MESSAGES.dateDebutVide;
  else if (v.dateDebut < today) e.dateDebut = MESSAGES.dateDebut;
  if (CONTRATS_A_DUREE.includes(v.typeContrat) && (!v.dureeValeur || !v.dureeUnite))
    e.dureeValeur = MESSAGES.dureeValeur(v.typeContrat);
  else if (v.dureeValeur && !v.dureeUnite) e.dureeUnite = MESSAGES.dureeUnite;
  if (v.travailNuit && v.ouverteMineurs) e.ouverteMineurs = MESSAGES.ouverteMineurs;
  if (v.salaireMontant && !v.salaireUnite) e.salaireUnite = MESSAGES.salaireUnite;
  const postes = Number(v.nombrePostes);
  if (!Number.isInteger(postes) || postes < 1 || postes > 100)
    e.nombrePostes = MESSAGES.nombrePostes;
  return e;
}

const num = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(',', '.')));

/** The API's body (without entrepriseId / etat / confirmerDoublon, added by the caller). */
export function toOffreBody(v: OffreFormValues): Omit<CreateOffreBody, 'entrepriseId'> {
  const aDuree = !!v.dureeValeur;
  return {
    titre: v.titre.trim(),
    codeRome: v.codeRome,
    ...(v.codeAppellation ? { codeAppellation: v.codeAppellation } : {}),
    description: v.description.trim(),
    typeContrat: v.typeContrat as CreateOffreBody['typeContrat'],
    natureContrat: v.natureContrat as CreateOffreBody['natureContrat'],
    ...(aDuree ? { dureeValeur: num(v.dureeValeur), dureeUnite: v.dureeUnite || undefined } : {}),
    heuresHebdo: num(v.heuresHebdo)!,
    tempsPartiel: (num(v.heuresHebdo) ?? 35) < 35,
    ...(v.horaires.trim() ? { horaires: v.horaires.trim() } : {}),
    travailNuit: v.travailNuit,
    travailWeekend: v.travailWeekend,
    dateDebut: v.dateDebut,
    ...(v.communeInsee ? { communeInsee: v.communeInsee } : {}),
    nombrePostes: num(v.nombrePostes) ?? 1,
    permisB: v.permisB,
    ...(v.niveauDiplome
      ? { niveauDiplome: v.niveauDiplome as CreateOffreBody['niveauDiplome'] }
      : {}),
    experience: v.experience,
    ouverteMineurs: v.ouverteMineurs,
    ...(v.salaireMontant
      ? { salaireMontant: num(v.salaireMontant), salaireUnite: v.salaireUnite || undefined }
      : {}),
  } as Omit<CreateOffreBody, 'entrepriseId'>;
}

/** The legal rules that apply to what is being entered, explained beside the fields. */
export function reglesApplicables(v: OffreFormValues): string[] {
  const regles: string[] = [];
  if (v.travailNuit)
    regles.push(
      'Travail de nuit (entre 22 h et 6 h) : interdit aux moins de 18 ans, l’offre ne peut donc pas leur être ouverte.',
    );
  if (v.ouverteMineurs && !v.travailNuit)
    regles.push(
      'Ouverte aux mineurs (16-17 ans) : 8 h par jour et 35 h par semaine au plus, pas de travail entre 22 h et 6 h, 12 h de repos quotidien et 2 jours de repos consécutifs par semaine.',
    );
  if (CONTRATS_A_DUREE.includes(v.typeContrat))
    regles.push(`Contrat ${v.typeContrat} : précisez sa durée, en mois ou en semaines.`);
  if (Number(v.heuresHebdo) > 35 && v.ouverteMineurs)
    regles.push('Au-delà de 35 h par semaine, un ou une mineur(e) ne pourra pas occuper le poste.');
  return regles;
}
