import { DecoupageCommune } from './decoupage';
import { laPosteRows } from './laposte-rows';

const decoupage: DecoupageCommune[] = [
  {
    code: '49126',
    nom: "Orée d'Anjou",
    type: 'commune-actuelle',
    departement: '49',
    region: '52',
    population: 16000,
  },
  {
    code: '49069',
    nom: 'Champtoceaux',
    type: 'commune-deleguee',
    departement: '49',
    region: '52',
    chefLieu: '49126',
  },
  {
    code: '25060',
    nom: 'Bellevaux',
    type: 'commune-actuelle',
    departement: '25',
    region: '27',
    anciensCodes: ['25549'],
  },
];
const departements = [{ code: '2A', nom: 'Corse-du-Sud', region: '94', chefLieu: '2A004' }];

describe('laPosteRows', () => {
  it('folds old communes into the one they merged into, keeping only its own coordinates', () => {
    const { rows, rattachees } = laPosteRows(
      [
        { codeInsee: '49069', nom: 'CHAMPTOCEAUX', codesPostaux: ['49270'], lat: 47.3, lon: -1.2 },
        { codeInsee: '49126', nom: 'OREE D ANJOU', codesPostaux: ['49530'], lat: 47.29, lon: -1.1 },
        { codeInsee: '25549', nom: 'VIEUX', codesPostaux: ['25999'], lat: 47, lon: 6 },
      ],
      decoupage,
      departements,
    );
    expect(rattachees).toBe(2);
    expect(rows).toEqual([
      {
        codeInsee: '49126',
        nom: "Orée d'Anjou",
        codesPostaux: ['49270', '49530'],
        departement: '49',
        region: '52',
        lat: 47.29,
        lon: -1.1,
        sourceCoordonnees: 'laposte',
        population: 16000,
      },
      expect.objectContaining({
        codeInsee: '25060',
        codesPostaux: ['25999'],
        lat: null,
        sourceCoordonnees: null,
      }),
    ]);
  });

  it('keeps a code the packages do not know, with its department and region', () => {
    const { rows } = laPosteRows(
      [
        {
          codeInsee: '2A999',
          nom: 'NOUVELLE COMMUNE',
          codesPostaux: ['20000'],
          lat: 41.9,
          lon: 8.7,
        },
      ],
      decoupage,
      departements,
    );
    expect(rows[0]).toMatchObject({
      codeInsee: '2A999',
      nom: 'Nouvelle Commune',
      departement: '2A',
      region: '94',
      population: null,
    });
  });
});
