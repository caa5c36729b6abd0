import { heures, totaux } from '../rules/horaires-totaux';
import { ConventionContenu, Personne } from './convention-contenu';
import { OBJECTIF_LIBELLE, Objectif } from './pmsmp-codes';

/** One section of the Cerfa 13912*04 layout: a title and label/value lines. */
export interface Section {
  titre: string;
  lignes: [string, string][];
}

const personne = (p: Personne) => `${p.prenom} ${p.nom}`;
const contacts = (p: Personne) => [p.email, p.telephone].filter(Boolean).join(' · ');
const dateFr = (d: string) => d.split('-').reverse().join('/');
const hFr = (m: number) => `${heures(m)}`.replace('.', ',') + ' h';

/**
 * The agreement's content in the Cerfa's order: what the signing page shows and the PDF prints,
 * from one source, so both show the same text (the signed version).
 */
export function sectionsConvention(c: ConventionContenu): Section[] {
  const t = totaux(c.horaires);
  const rl = c.representantLegal;
  const ea = c.employeurActuel;
  return [
    {
      titre: '1. Le bénéficiaire',
      lignes: [
        ['Nom et prénom', personne(c.beneficiaire)],
        ['Date de naissance', dateFr(c.beneficiaire.dateNaissance)],
        [
          'Adresse',
          `${c.beneficiaire.adresse}, ${c.beneficiaire.codePostal} ${c.beneficiaire.commune}`,
        ],
        ['Contacts', contacts(c.beneficiaire)],
        ...(c.beneficiaire.niveauFormation
          ? [['Niveau de formation', c.beneficiaire.niveauFormation] as [string, string]]
          : []),
        ...(rl
          ? [
              ['Représentant légal', `${personne(rl)} (${rl.qualite}) · ${contacts(rl)}`] as [
                string,
                string,
              ],
            ]
          : []),
      ],
    },
    {
      titre: '2. L’employeur actuel du bénéficiaire',
      lignes: ea
        ? [
            [
              'Employeur',
              [ea.raisonSociale, ea.siret && `SIRET ${ea.siret}`, ea.adresse, ea.email]
                .filter(Boolean)
                .join(' · '),
            ],
          ]
        : [['Employeur', 'Sans objet']],
    },
    {
      titre: '3. La structure d’accueil',
      lignes: [
        ['Raison sociale', c.accueil.raisonSociale],
        ['SIRET', c.accueil.siret],
        ['Adresse', `${c.accueil.adresse}, ${c.accueil.codePostal} ${c.accueil.commune}`],
        ['Activité', c.accueil.activite],
        ['Effectif', c.accueil.effectif],
        [
          'Représentant',
          `${personne(c.accueil.representant)}, ${c.accueil.representant.fonction} · ${contacts(c.accueil.representant)}`,
        ],
        ['Tuteur', `${personne(c.tuteur)}, ${c.tuteur.fonction} · ${contacts(c.tuteur)}`],
        ['Lieu de l’immersion', `${c.lieu.adresse}, ${c.lieu.codePostal} ${c.lieu.commune}`],
      ],
    },
    {
      titre: '4. Le prescripteur',
      lignes: [
        ['Structure', c.prescripteur.structure],
        [
          'Conseiller',
          `${personne(c.prescripteur.conseiller)} · ${contacts(c.prescripteur.conseiller)}`,
        ],
      ],
    },
    {
      titre: '5. L’immersion',
      lignes: [
        ['Objectif', OBJECTIF_LIBELLE[c.objectif as Objectif] ?? c.objectif],
        ['Métier observé', `${c.metier.appellation} (ROME ${c.metier.codeRome})`],
        ['Activités', c.activites],
        ['Compétences observées', c.competences],
        ['Dates', `Du ${dateFr(c.dateDebut)} au ${dateFr(c.dateFin)}`],
        ['Durée totale', `${hFr(t.minutesTotal)} sur ${t.joursPresence} jour(s)`],
        ...Object.entries(t.parSemaine).map(
          ([lundi, m]) => [`Semaine du ${dateFr(lundi)}`, hFr(m)] as [string, string],
        ),
      ],
    },
    {
      titre: '6. Les horaires, jour par jour',
      lignes: c.horaires.map((j) => [
        dateFr(j.date),
        `${j.plages.map((p) => `${p.debut}–${p.fin}`).join(' et ')} (${hFr(t.parJour[j.date] ?? 0)})`,
      ]),
    },
    {
      titre: '7. Conditions de l’immersion',
      lignes: [
        ['Conditions de travail', c.conditionsTravail],
        ['Risques', c.risques],
        ['Équipements de protection', c.equipementsProtection],
        ['Transport', c.transport || 'Non précisé'],
        ['Restauration', c.restauration || 'Non précisé'],
        ...(c.derogationDimancheFerie
          ? [['Dérogation (dimanche, jour férié)', c.derogationDimancheFerie] as [string, string]]
          : []),
      ],
    },
  ];
}
