import { mapHeader, parseDate } from './import-columns';
import { isRejected, parseRow } from './import-row';

const header = mapHeader([
  'ID_Externe',
  'Nom',
  'Prénom',
  'Date de naissance',
  'Fiches ROME',
  'Téléphone',
  'Expériences',
  'Niveau diplôme',
  'Permis B',
  'Statut',
  'Consentement SMS',
  'Colonne inconnue',
]);
const row = (cells: string[]) => parseRow({ line: 7, cells }, header);
const base = [
  'X1',
  'Benali',
  'Lina',
  '17/04/2006',
  'g1603 | D1507',
  '06 12 34 56 78',
  'G1603:6',
  'infra 3',
  'oui',
  'en emploi',
  '',
];

describe('import: one CSV row', () => {
  it('maps headers leniently (case, accents, spaces) and lists the unknown ones', () => {
    expect(header.missing).toEqual([]);
    expect(header.ignored).toEqual(['Colonne inconnue']);
    expect(mapHeader(['nom', 'prenom']).missing).toEqual([
      'id_externe',
      'date_naissance',
      'fiches_rome',
    ]);
  });

  it('reads French dates, code lists, booleans and levels into the API fields', () => {
    const parsed = row(base);
    expect(isRejected(parsed)).toBe(false);
    expect(parsed).toMatchObject({
      idExterne: 'X1',
      statut: 'en_emploi',
      saisie: {
        dateNaissance: '2006-04-17',
        fichesRome: ['G1603', 'D1507'],
        telephone: '+33612345678',
        experiences: [{ codeRome: 'G1603', dureeMois: 6 }],
        niveauDiplome: 'INFRA_3',
        permisB: true,
      },
    });
    expect(parsed).not.toHaveProperty('consentSms'); // empty cell: the recorded consent stays
    expect(parseDate('2006-04-17')).toBe('2006-04-17');
  });

  it.each([
    [5, '0612', 'telephone', "n'est pas valide"],
    [3, '31/02/2006', 'date_naissance', 'AAAA-MM-JJ'],
    [3, 'hier', 'date_naissance', "n'est pas une date"],
    [6, 'G1603:six', 'experiences', 'CODE_ROME:MOIS'],
    [8, 'peut-être', 'permis_b', "n'est pas oui ou non"],
    [9, 'chômeur', 'statut', 'statuts possibles'],
    [1, '', 'nom', 'obligatoire'],
    [0, '', 'id_externe', 'obligatoire'],
  ])('rejects cell %i = %j naming the column %s', (index, value, colonne, words) => {
    const cells = [...base];
    cells[index] = value;
    const parsed = row(cells);
    expect(parsed).toMatchObject({ line: 7, colonne });
    expect(isRejected(parsed) && parsed.motif).toContain(words);
  });
});
