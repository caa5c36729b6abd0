/**
 * Every figure of the report, defined once (README and API response say the same): what counts
 * and which date places it in the period. Dates are those of the modules' logs, in Paris time.
 */
export interface Definition {
  libelle: string;
  definition: string;
  /** The date that places an event in the period. */
  date: string;
  unite: 'nombre' | 'part' | 'jours';
  /** What the figure is broken down by, if anything. */
  ventilation?: string;
}

const PUBLICATION = 'date de première publication de l’offre';

export const INDICATEURS = {
  entreprises: {
    libelle: 'Entreprises ayant confié des offres',
    definition: 'Entreprises distinctes dont au moins une offre a été saisie dans la période.',
    date: 'date de saisie de l’offre',
    unite: 'nombre',
  },
  offres_recues: {
    libelle: 'Offres reçues',
    definition: 'Offres saisies (par l’employeur ou un CRE), quel que soit leur sort.',
    date: 'date de saisie de l’offre',
    unite: 'nombre',
    ventilation: 'domaine ROME et type de contrat au moment de la saisie',
  },
  offres_publiees: {
    libelle: 'Offres publiées',
    definition: 'Offres passées au statut « publiée » (validées par un CRE), comptées une fois.',
    date: 'date de la publication',
    unite: 'nombre',
    ventilation: 'domaine ROME et type de contrat au moment de la publication',
  },
  offres_pourvues: {
    libelle: 'Offres terminées par un recrutement (pourvues)',
    definition: 'Offres passées au statut « pourvue » : tous les postes ont été pourvus.',
    date: 'date du passage à « pourvue »',
    unite: 'nombre',
    ventilation: 'domaine ROME et type de contrat à ce moment',
  },
  offres_terminees: {
    libelle: 'Offres traitées (terminées)',
    definition: 'Offres arrivées à leur fin : pourvues, clôturées ou expirées.',
    date: 'date de la fin de l’offre',
    unite: 'nombre',
  },
  part_offres_recrutement: {
    libelle: 'Part des offres traitées terminées par un recrutement',
    definition:
      'Parmi les offres traitées, celles ayant au moins une mise en relation recrutée (avant la fin de la période).',
    date: 'date de la fin de l’offre',
    unite: 'part',
  },
  propositions: {
    libelle: 'Candidats proposés',
    definition: 'Mises en relation créées (proposition du matching ou d’un CRE), avant tri.',
    date: 'date de la proposition',
    unite: 'nombre',
  },
  mises_en_relation: {
    libelle: 'Mises en relation (candidatures transmises)',
    definition: 'Candidatures transmises à l’employeur, après accord du jeune.',
    date: 'date de la transmission à l’employeur',
    unite: 'nombre',
  },
  jeunes_presentes: {
    libelle: 'Jeunes présentés',
    definition: 'Jeunes distincts dont au moins une candidature a été transmise à un employeur.',
    date: 'date de la transmission à l’employeur',
    unite: 'nombre',
  },
  issues: {
    libelle: 'Issues des mises en relation',
    definition:
      'Mises en relation arrivées à une issue : recrutement, non retenue (par motif), désistement, sans réponse de l’employeur, déclinée ou sans réponse du jeune, embauché ailleurs, annulée.',
    date: 'date de l’issue',
    unite: 'nombre',
    ventilation: 'issue ; motif pour « non retenue »',
  },
  recrutements: {
    libelle: 'Recrutements',
    definition: 'Mises en relation terminées par un recrutement.',
    date: 'date du recrutement',
    unite: 'nombre',
    ventilation: 'type de contrat du recrutement',
  },
  part_cdd: {
    libelle: 'Part des recrutements en CDD',
    definition:
      'Recrutements dont le contrat est un CDD (code CDD) sur l’ensemble des recrutements.',
    date: 'date du recrutement',
    unite: 'part',
  },
  maintien_1_mois: {
    libelle: 'En poste à 1 mois',
    definition:
      'Parmi les suivis à 1 mois renseignés (réponse de l’employeur, à défaut du jeune), part des personnes toujours en poste.',
    date: 'date de la réponse au suivi',
    unite: 'part',
  },
  maintien_3_mois: {
    libelle: 'En poste à 3 mois',
    definition: 'Même définition, pour le suivi à 3 mois.',
    date: 'date de la réponse au suivi',
    unite: 'part',
  },
  candidats_par_offre: {
    libelle: 'Candidats par offre (moyenne)',
    definition:
      'Pour les offres publiées dans la période, candidatures transmises à l’employeur jusqu’à la fin de la période, en moyenne.',
    date: PUBLICATION,
    unite: 'nombre',
    ventilation: 'nombre d’offres par nombre de candidats (0, 1, 2, 3, 4, 5 et plus)',
  },
  delai_premiere_proposition: {
    libelle: 'Délai de la publication à la première proposition (médiane)',
    definition:
      'Jours entre la publication et le premier candidat proposé, pour les offres publiées dans la période.',
    date: PUBLICATION,
    unite: 'jours',
  },
  delai_recrutement: {
    libelle: 'Délai de la publication au premier recrutement (médiane)',
    definition:
      'Jours entre la publication et le premier recrutement, pour les offres publiées dans la période.',
    date: PUBLICATION,
    unite: 'jours',
  },
  taux_reponse_employeurs: {
    libelle: 'Taux de réponse des employeurs',
    definition:
      'Parmi les candidatures transmises dans la période, part ayant reçu une réponse de l’employeur (entretien, recrutement, non retenue) dans la période.',
    date: 'date de la transmission à l’employeur',
    unite: 'part',
  },
  delai_reponse_employeurs: {
    libelle: 'Délai de réponse des employeurs (médiane)',
    definition:
      'Jours entre la transmission de la candidature et la première réponse de l’employeur.',
    date: 'date de la transmission à l’employeur',
    unite: 'jours',
  },
  pmsmp: {
    libelle: 'PMSMP',
    definition: 'Conventions de PMSMP validées par la Mission Locale.',
    date: 'date de la validation',
    unite: 'nombre',
    ventilation: 'objectif (découvrir, confirmer, recruter)',
  },
  pmsmp_bilans: {
    libelle: 'Bilans de PMSMP',
    definition: 'Bilans de fin de PMSMP : réalisée, partiellement réalisée, non réalisée.',
    date: 'date du bilan',
    unite: 'nombre',
    ventilation: 'réalisation',
  },
  pmsmp_emploi_15_jours: {
    libelle: 'En emploi 15 jours après la PMSMP',
    definition: 'Parmi les situations relevées 15 jours après la fin d’une PMSMP, part en emploi.',
    date: 'date du relevé de la situation',
    unite: 'part',
  },
  pmsmp_emploi_1_mois: {
    libelle: 'En emploi 1 mois après la PMSMP',
    definition: 'Même définition, relevé à 30 jours.',
    date: 'date du relevé de la situation',
    unite: 'part',
  },
  pmsmp_emploi_3_mois: {
    libelle: 'En emploi 3 mois après la PMSMP',
    definition: 'Même définition, relevé à 90 jours.',
    date: 'date du relevé de la situation',
    unite: 'part',
  },
  messages_envoyes: {
    libelle: 'Messages envoyés aux jeunes',
    definition:
      'Emails et SMS acceptés par le serveur ou l’opérateur (un renvoi compte à nouveau).',
    date: 'date de l’envoi',
    unite: 'nombre',
    ventilation: 'canal',
  },
  messages_delivres: {
    libelle: 'Messages délivrés',
    definition: 'Messages dont l’opérateur a confirmé la remise.',
    date: 'date de l’accusé de remise',
    unite: 'nombre',
    ventilation: 'canal',
  },
  messages_echecs: {
    libelle: 'Messages en échec',
    definition: 'Messages refusés, rejetés ou en échec après toutes les tentatives.',
    date: 'date de l’échec',
    unite: 'nombre',
    ventilation: 'canal',
  },
  jeunes_contactes: {
    libelle: 'Jeunes contactés',
    definition: 'Jeunes distincts ayant reçu au moins un message envoyé.',
    date: 'date de l’envoi',
    unite: 'nombre',
    ventilation: 'canal',
  },
} satisfies Record<string, Definition>;

export type IndicateurCode = keyof typeof INDICATEURS;
