import { TEMPLATES, TemplateId } from './catalogue';
import { fill } from './email-layout';
import { TemplateRenderer } from './template-renderer.service';

/** A short link as long as a production one (https, a real domain). */
const LIEN = 'https://emploi.ml-val-de-lys.fr/l/Ab3dE5gH';

const SAMPLES: { [K in TemplateId]: Record<string, string> } = {
  relance_proposition: {
    prenom: 'Jérôme',
    offre: 'Préparateur / préparatrice de commandes en entrepôt',
    lienReponse: LIEN,
  },
  entretien_planifie: {
    prenom: 'Inès',
    offre: 'Agent(e) d’entretien des locaux',
    entreprise: 'Propreté du Nord',
    date: '2030-04-23T12:00:00Z',
    adresse: '12 rue de la Gare, 59000 Lille',
  },
  reponse_jeune: { jeune: 'Lina B.', offre: 'Vendeur', reponse: 'oui', lien: LIEN },
  mot_de_passe_oublie: { prenom: 'Camille', lien: LIEN, validiteMinutes: '60' },
  mer_proposition: {
    prenom: 'Marie-Françoise',
    offre: 'Employé(e) polyvalent(e) de restauration rapide',
    entreprise: 'Boulangerie-Pâtisserie Dupont et Fils',
    commune: 'Villeneuve-d’Ascq',
    resume: 'CDD de 6 mois, 35 h par semaine\nDébut le 15 décembre',
    lienOui: LIEN,
    lienNon: LIEN,
    lienReponse: LIEN,
    repondreAvant: '2030-04-23T12:00:00Z',
  },
  mer_candidat: {
    offre: 'Vendeur',
    candidat: 'Lina Benali',
    details: 'Permis B',
    lien: LIEN,
    relance: '0',
  },
  mer_information: {
    sujet: 'Offre pourvue',
    titre: 'Offre pourvue',
    paragraphes: 'Bonjour,\nMerci.',
    sms: 'Offre pourvue.',
    lien: LIEN,
  },
  mer_suivi_employeur: {
    salarie: 'Marie-Françoise Lefebvre-Dubois',
    offre: 'Employé(e) polyvalent(e) de restauration rapide',
    recrutement: '2030-04-23T12:00:00Z',
    mois: '3',
    lien: LIEN,
  },
  mer_suivi_jeune: {
    prenom: 'Marie-Françoise',
    offre: 'Employé(e) polyvalent(e) de restauration rapide',
    entreprise: 'Boulangerie-Pâtisserie Dupont et Fils',
    mois: '3',
    lien: LIEN,
  },
  invitation_compte: {
    prenom: 'Léa',
    structure: 'Mission Locale du Val-de-Lys',
    role: 'employeur',
    lien: LIEN,
    expireLe: '2030-04-23T12:00:00Z',
  },
  offre_expiration: {
    offre: 'Agent(e) de propreté',
    expireLe: '2030-04-23T12:00:00Z',
    lienProlonger: LIEN,
  },
  pmsmp_signature: {
    beneficiaire: 'Marie-Françoise Lefebvre-Dubois',
    entreprise: 'Boulangerie-Pâtisserie Dupont et Fils',
    dateDebut: '2030-04-23',
    qualite: 'représentant légal',
    relance: 'Rappel : ',
    version: '2',
    lien: LIEN,
  },
  pmsmp_a_valider: {
    beneficiaire: 'Lina Benali',
    entreprise: 'Boulangerie Durand',
    dateDebut: '2030-04-23',
    relance: '',
  },
  pmsmp_information: {
    beneficiaire: 'Lina Benali',
    entreprise: 'Boulangerie Durand',
    etat: 'validée',
    lien: LIEN,
  },
  pmsmp_bilan: {
    beneficiaire: 'Marie-Françoise Lefebvre-Dubois',
    entreprise: 'Boulangerie-Pâtisserie Dupont et Fils',
    lien: LIEN,
  },
  pmsmp_suivi: { prenom: 'Marie-Françoise', delai: '3 mois', lien: LIEN },
};

describe('Message templates', () => {
  const renderer = new TemplateRenderer();

  it.each(Object.keys(TEMPLATES).filter((id) => TEMPLATES[id as TemplateId].sms))(
    'SMS « %s » fits one GSM-7 segment, even with long French names',
    (id) => {
      const sms = renderer.sms(id, SAMPLES[id as TemplateId]);
      expect(sms).toMatchObject({ encoding: 'GSM-7', segments: 1 });
      if (TEMPLATES[id as TemplateId].liens.length) expect(sms.text).toContain(LIEN);
    },
  );

  it('shortens the longest allowed field, never the link', () => {
    const sms = renderer.sms('mer_proposition', SAMPLES.mer_proposition);
    expect(sms.text).toMatch(/\.\.\./);
    expect(sms.text.endsWith(LIEN)).toBe(true);
    expect(sms.text.startsWith('Marie-Francoise, la Mission Locale vous propose')).toBe(true);
  });

  it.each(Object.keys(TEMPLATES))(
    'email « %s »: French HTML (MJML) and text, with the preferences link',
    async (id) => {
      const mail = await renderer.email(id, SAMPLES[id as TemplateId], {
        structure: 'Mission Locale du Val-de-Lys',
        preferencesUrl: 'https://ml.test/preferences/abc',
      });
      expect(mail.html).toContain('<html lang="fr"');
      expect(mail.html).toContain('https://ml.test/preferences/abc');
      expect(mail.html).not.toMatch(/\{\{/);
      expect(mail.text).toContain(
        'Gérer mes préférences de contact : https://ml.test/preferences/abc',
      );
      expect(mail.subject.length).toBeGreaterThan(5);
    },
  );

  it('escapes data in HTML, in one pass', () => {
    expect(fill('<p>{{a}}</p>{{{b}}}', { a: '<script>{{b}}', b: '<i>x</i>' })).toBe(
      '<p>&lt;script&gt;{{b}}</p><i>x</i>',
    );
  });
});
