import { ConventionContenu, JourHoraire } from '../domain/convention-contenu';
import { Objectif } from '../domain/pmsmp-codes';
import { addDays, isoWeekday } from './calendrier';

/**
 * A complete, valid agreement (an adult, Monday to Friday 09:00–12:00 / 13:00–17:00 from
 * Monday 4 January 2027 for two weeks): unit tests, the end-to-end tests and the benchmark
 * start from it and break one rule at a time.
 */
export function semaineType(
  du: string,
  au: string,
  plages = [
    { debut: '09:00', fin: '12:00' },
    { debut: '13:00', fin: '17:00' },
  ],
): JourHoraire[] {
  const jours: JourHoraire[] = [];
  for (let d = du; d <= au; d = addDays(d, 1)) {
    if (isoWeekday(d) <= 5) jours.push({ date: d, plages: plages.map((p) => ({ ...p })) });
  }
  return jours;
}

export function conventionExemple(over: Partial<ConventionContenu> = {}): ConventionContenu {
  const dateDebut = over.dateDebut ?? '2027-01-04';
  const dateFin = over.dateFin ?? '2027-01-15';
  return {
    beneficiaire: {
      nom: 'Benali',
      prenom: 'Lina',
      dateNaissance: '2006-04-17',
      email: 'lina.benali@example.fr',
      telephone: '+33612345678',
      adresse: '3 rue des Tilleuls',
      codePostal: '59000',
      commune: 'Lille',
    },
    accueil: {
      siret: '73282932000074',
      raisonSociale: 'Boulangerie Durand SARL',
      activite: 'Boulangerie et boulangerie-pâtisserie',
      effectif: '1 à 9 salariés',
      adresse: '12 rue de la Gare',
      codePostal: '59000',
      commune: 'Lille',
      representant: {
        nom: 'Durand',
        prenom: 'Paul',
        fonction: 'Gérant',
        email: 'paul.durand@boulangerie.example',
        telephone: '+33611111111',
      },
    },
    tuteur: {
      nom: 'Martin',
      prenom: 'Sophie',
      fonction: 'Cheffe boulangère',
      email: 'sophie.martin@boulangerie.example',
      telephone: '+33622222222',
    },
    lieu: { adresse: '12 rue de la Gare', codePostal: '59000', commune: 'Lille' },
    prescripteur: {
      structure: 'Mission Locale du Val-de-Lys',
      conseiller: {
        nom: 'Leroy',
        prenom: 'Claire',
        email: 'claire.leroy@ml.example',
        telephone: '+33633333333',
      },
    },
    objectif: Objectif.DECOUVRIR,
    metier: { codeRome: 'D1102', appellation: 'Boulanger / Boulangère' },
    activites: 'Pétrissage, façonnage, cuisson, mise en rayon.',
    competences: 'Respect des règles d’hygiène, travail en équipe.',
    dateDebut,
    dateFin,
    horaires: semaineType(dateDebut, dateFin),
    conditionsTravail: 'Station debout, chaleur du fournil.',
    risques: 'Brûlures, port de charges.',
    equipementsProtection: 'Gants anti-chaleur, chaussures de sécurité.',
    transport: 'Bus ligne 12',
    restauration: 'Repas tiré du sac',
    ...over,
  };
}
