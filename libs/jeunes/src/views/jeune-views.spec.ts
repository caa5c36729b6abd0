import { ConsentSource, JeuneStatut, Programme } from '../domain/jeune-codes';
import { Jeune } from '../entities/jeune.entity';
import { JeuneConseillerView } from './jeune-conseiller.view';
import { JeuneCreView } from './jeune-cre.view';
import { jeuneForEmployer } from './jeune-employeur.view';
import { jeuneForSelf } from './jeune-self.view';

const now = new Date('2026-12-01T08:00:00Z');
const jeune = {
  id: 'b6f8c3a0-0000-4000-8000-000000000001',
  structureId: 's',
  idExterne: 'IMILO-42',
  nom: 'benali',
  prenom: 'Lina',
  dateNaissance: '2009-03-10',
  anneeNaissance: 2009,
  email: 'lina@example.fr',
  telephone: '+33612345678',
  telephoneMobile: true,
  adresse: '3 rue des Tilleuls',
  codePostal: '59000',
  communeInsee: '59350',
  communeNom: 'Lille',
  departement: '59',
  lat: 50.63,
  lon: 3.06,
  consentEmail: true,
  consentEmailAt: now,
  consentEmailSource: ConsentSource.CONSEILLER,
  consentSms: false,
  consentSmsAt: null,
  consentSmsSource: null,
  fichesRome: ['G1603'],
  experiences: [{ codeRome: 'G1603', dureeMois: 3 }],
  niveauDiplome: 'INFRA_3',
  rayonMobiliteKm: 10,
  permisB: false,
  vehicule: false,
  transportsCommun: true,
  disponibleLe: null,
  tempsPartielUniquement: false,
  indisponibilites: [],
  programme: Programme.CEJ,
  programmeDebut: '2026-10-01',
  programmeFin: null,
  conseillerId: 'c',
  statut: JeuneStatut.ACTIF,
  notes: 'Confidentiel : situation familiale difficile',
  version: 1,
  derniereActiviteAt: now,
  anonymiseAt: null,
  createdAt: now,
  updatedAt: now,
  rowVersion: 1,
} satisfies Jeune;

const SENSITIVE = ['notes', 'adresse', 'dateNaissance', 'email', 'telephone', 'idExterne', 'lat'];

describe('views of a jeune, per audience', () => {
  it('conseiller: everything, minor derived', () => {
    const view = JeuneConseillerView.of(jeune, now);
    expect(view).toMatchObject({ notes: jeune.notes, email: jeune.email, age: 17, mineur: true });
  });

  it('CRE: what screening needs, no notes, address or contact; whether the jeune can be told', () => {
    const view = JeuneCreView.of(jeune, now);
    for (const key of SENSITIVE) expect(view).not.toHaveProperty(key);
    expect(view).toMatchObject({
      mineur: true,
      communeNom: 'Lille',
      joignable: { email: true, sms: false },
    });
  });

  it('employer before acceptance: first name and initial, no contact, no age, programme or notes', () => {
    const view = jeuneForEmployer(jeune, { contactAutorise: false, now });
    expect(view).toMatchObject({ prenom: 'Lina', nom: 'B.', mineur: true, contact: null });
    for (const key of [...SENSITIVE, 'age', 'programme', 'statut', 'conseillerId'])
      expect(view).not.toHaveProperty(key);
    expect(JSON.stringify(view)).not.toContain('Confidentiel');
    expect(JSON.stringify(view)).not.toContain('0612');
  });

  it('employer once the jeune accepted: the full name and the contact details', () => {
    const view = jeuneForEmployer(jeune, { contactAutorise: true, now });
    expect(view).toMatchObject({
      nom: 'benali',
      contact: { email: 'lina@example.fr', telephone: '+33612345678' },
    });
    expect(view).not.toHaveProperty('notes');
  });

  it('the jeune: their data and consents, not the working notes', () => {
    const view = jeuneForSelf(jeune);
    expect(view).toMatchObject({ email: jeune.email, consentements: { email: { donne: true } } });
    expect(view).not.toHaveProperty('notes');
  });
});
