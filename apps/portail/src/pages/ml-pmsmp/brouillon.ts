/** The agreement as the form holds it, and the API body built from it. */
export interface Personne {
  nom: string;
  prenom: string;
  email: string;
  telephone: string;
}

export interface JourType {
  /** ISO weekday, 1 = Monday. */
  jour: number;
  actif: boolean;
  debut1: string;
  fin1: string;
  debut2: string;
  fin2: string;
}

export interface Brouillon {
  jeuneId: string;
  entrepriseId: string;
  activite: string;
  representant: Personne & { fonction: string };
  tuteur: Personne & { fonction: string };
  representantLegal: Personne & { qualite: string };
  objectif: string;
  codeRome: string;
  appellation: string;
  activites: string;
  competences: string;
  dateDebut: string;
  dateFin: string;
  semaine: JourType[];
  derogationDimancheFerie: string;
  conditionsTravail: string;
  risques: string;
  equipementsProtection: string;
  transport: string;
  restauration: string;
  telephoneConseiller: string;
}

export const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

const personne = { nom: '', prenom: '', email: '', telephone: '' };

export const brouillonVide = (): Brouillon => ({
  jeuneId: '',
  entrepriseId: '',
  activite: '',
  representant: { ...personne, fonction: '' },
  tuteur: { ...personne, fonction: '' },
  representantLegal: { ...personne, qualite: '' },
  objectif: 'decouvrir_metier',
  codeRome: '',
  appellation: '',
  activites: '',
  competences: '',
  dateDebut: '',
  dateFin: '',
  semaine: JOURS.map((_, i) => ({
    jour: i + 1,
    actif: i < 5,
    debut1: '09:00',
    fin1: '12:00',
    debut2: '13:00',
    fin2: '17:00',
  })),
  derogationDimancheFerie: '',
  conditionsTravail: '',
  risques: '',
  equipementsProtection: '',
  transport: '',
  restauration: '',
  telephoneConseiller: '',
});

const JOUR_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Day by day from the week's pattern, between the dates (at most 62 days: the API judges). */
export function horaires(b: Brouillon) {
  if (!JOUR_RE.test(b.dateDebut) || !JOUR_RE.test(b.dateFin) || b.dateFin < b.dateDebut)
    return undefined;
  const out: { date: string; plages: { debut: string; fin: string }[] }[] = [];
  const d = new Date(`${b.dateDebut}T12:00:00Z`);
  for (let i = 0; i < 62; i++) {
    const iso = d.toISOString().slice(0, 10);
    if (iso > b.dateFin) break;
    const j = b.semaine[(d.getUTCDay() + 6) % 7];
    if (j.actif) {
      const plages = [{ debut: j.debut1, fin: j.fin1 }];
      if (j.debut2 && j.fin2) plages.push({ debut: j.debut2, fin: j.fin2 });
      out.push({ date: iso, plages: plages.filter((p) => p.debut && p.fin) });
    }
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

const rempli = (o: object) => Object.values(o).every((v) => String(v).trim() !== '');
const texte = (v: string) => (v.trim() ? v.trim() : undefined);

/** What the legal checks need as the conseiller types: dates, schedule, the representative. */
export function pourVerifier(b: Brouillon) {
  return {
    jeuneId: b.jeuneId,
    entrepriseId: b.entrepriseId,
    ...(JOUR_RE.test(b.dateDebut) ? { dateDebut: b.dateDebut } : {}),
    ...(JOUR_RE.test(b.dateFin) ? { dateFin: b.dateFin } : {}),
    ...(horaires(b) ? { horaires: horaires(b) } : {}),
    ...(texte(b.derogationDimancheFerie)
      ? { derogationDimancheFerie: texte(b.derogationDimancheFerie) }
      : {}),
    ...(rempli(b.representantLegal) ? { representantLegal: b.representantLegal } : {}),
  };
}

/** The creation body: everything keyed in (the API answers every broken rule at once). */
export function pourCreer(b: Brouillon, mineur: boolean) {
  return {
    jeuneId: b.jeuneId,
    entrepriseId: b.entrepriseId,
    objectif: b.objectif,
    metier: { codeRome: b.codeRome.trim().toUpperCase(), appellation: b.appellation },
    activites: b.activites,
    competences: b.competences,
    dateDebut: b.dateDebut,
    dateFin: b.dateFin,
    horaires: horaires(b) ?? [],
    conditionsTravail: b.conditionsTravail,
    risques: b.risques,
    equipementsProtection: b.equipementsProtection,
    transport: texte(b.transport),
    restauration: texte(b.restauration),
    derogationDimancheFerie: texte(b.derogationDimancheFerie),
    accueil: { activite: b.activite, representant: b.representant },
    tuteur: b.tuteur,
    ...(mineur || rempli(b.representantLegal) ? { representantLegal: b.representantLegal } : {}),
    telephoneConseiller: texte(b.telephoneConseiller),
  };
}
