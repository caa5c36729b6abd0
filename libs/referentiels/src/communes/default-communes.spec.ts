import { DecoupageCommune } from './decoupage';
import { buildDefaultCommunes, matchCoordinates } from './default-communes';
import { GeoPlace, parseGeoNames } from './geonames';

const commune = (
  c: Partial<DecoupageCommune> & Pick<DecoupageCommune, 'code' | 'nom'>,
): DecoupageCommune => ({
  type: 'commune-actuelle',
  departement: c.code.slice(0, 2),
  region: '84',
  ...c,
});
const place = (p: Partial<GeoPlace> & Pick<GeoPlace, 'name'>): GeoPlace => ({
  lat: 45,
  lon: 5,
  featureCode: 'PPL',
  countryCode: 'FR',
  admin2: '01',
  codeInsee: null,
  population: 1000,
  ...p,
});

describe('matchCoordinates', () => {
  it('matches on INSEE code and name first', () => {
    const found = matchCoordinates(
      [commune({ code: '01004', nom: 'Ambérieu-en-Bugey' })],
      [place({ name: 'Amberieu en Bugey', codeInsee: '01004', lat: 45.96 })],
    );
    expect(found.get('01004')).toMatchObject({ source: 'geonames', place: { lat: 45.96 } });
  });

  it('matches on name within the department when GeoNames has the wrong code', () => {
    // GeoNames files Tassin-la-Demi-Lune under Lyon's code; Lyon has its own place.
    const found = matchCoordinates(
      [
        commune({ code: '69123', nom: 'Lyon' }),
        commune({ code: '69244', nom: 'Tassin-la-Demi-Lune' }),
      ],
      [
        place({ name: 'Lyon', admin2: '69', codeInsee: '69123', lat: 45.75 }),
        place({ name: 'Tassin-la-Demi-Lune', admin2: '69', codeInsee: '69123', lat: 45.76 }),
      ],
    );
    expect(found.get('69123')).toMatchObject({ source: 'geonames', place: { lat: 45.75 } });
    expect(found.get('69244')).toMatchObject({ source: 'geonames-nom', place: { lat: 45.76 } });
  });

  it('does not guess between homonyms of one department, nor across departments', () => {
    const found = matchCoordinates(
      [
        commune({ code: '01010', nom: 'Beaulieu', departement: '01' }),
        commune({ code: '01020', nom: 'Beaulieu', departement: '01' }),
        commune({ code: '15010', nom: 'Beaulieu', departement: '15' }),
        commune({ code: '36010', nom: 'Beaulieu', departement: '36' }),
      ],
      [
        place({ name: 'Beaulieu', admin2: '01', lat: 1 }),
        place({ name: 'Beaulieu', admin2: '15', lat: 2 }),
        place({ name: 'Beaulieu', admin2: '15', lat: 3 }),
      ],
    );
    expect(found.has('01010')).toBe(false);
    expect(found.has('01020')).toBe(false);
    expect(found.has('15010')).toBe(false); // two places of that name in the department
    expect(found.has('36010')).toBe(false); // none in its department
  });

  it('uses the main place of the code, a commune déléguée, or the parent commune as fallbacks', () => {
    const found = matchCoordinates(
      [
        commune({ code: '97311', nom: 'Saint-Laurent-du-Maroni', departement: '973' }),
        commune({ code: '49126', nom: "Orée d'Anjou" }),
        commune({
          code: '49069',
          nom: 'Champtoceaux',
          type: 'commune-deleguee',
          chefLieu: '49126',
        }),
        commune({ code: '75056', nom: 'Paris' }),
        commune({
          code: '75111',
          nom: 'Paris 11e Arrondissement',
          type: 'arrondissement-municipal',
          commune: '75056',
        }),
      ],
      [
        place({
          name: 'Quartier',
          countryCode: 'GF',
          codeInsee: '97311',
          featureCode: 'PPLX',
          population: 9000,
          lat: 1,
        }),
        place({ name: 'Bourg', countryCode: 'GF', codeInsee: '97311', lat: 2 }),
        place({ name: 'Champtoceaux', admin2: '49', codeInsee: '49069', lat: 47.3 }),
        place({ name: 'Paris', admin2: '75', codeInsee: '75056', lat: 48.85 }),
      ],
    );
    expect(found.get('97311')).toMatchObject({ source: 'geonames-code', place: { lat: 2 } });
    expect(found.get('49126')).toMatchObject({ source: 'geonames-deleguee', place: { lat: 47.3 } });
    expect(found.get('75111')).toMatchObject({ source: 'commune-parente', place: { lat: 48.85 } });
    expect(found.has('49069')).toBe(false);
  });
});

describe('matchCoordinates overseas', () => {
  it('gives a one-commune collectivity its capital, not a multi-commune one', () => {
    const found = matchCoordinates(
      [
        commune({ code: '97801', nom: 'Saint-Martin', departement: '978' }),
        commune({ code: '97502', nom: 'Saint-Pierre', departement: '975' }),
        commune({ code: '97501', nom: 'Miquelon-Langlade', departement: '975' }),
      ],
      [
        place({ name: 'Grand-Case', countryCode: 'MF', featureCode: 'PPLL', population: 1000 }),
        place({
          name: 'Marigot',
          countryCode: 'MF',
          featureCode: 'PPLC',
          population: 500,
          lat: 18.07,
        }),
        place({ name: 'Miquelon', countryCode: 'PM', featureCode: 'PPLC', lat: 47.1 }),
      ],
    );
    expect(found.get('97801')).toMatchObject({
      source: 'geonames-territoire',
      place: { lat: 18.07 },
    });
    expect(found.has('97502')).toBe(false);
  });
});

describe('buildDefaultCommunes', () => {
  it('keeps communes and arrondissements, counts coverage over communes only', () => {
    const { rows, stats } = buildDefaultCommunes(
      [
        commune({
          code: '75056',
          nom: 'Paris',
          population: 100,
          codesPostaux: ['75011', '75001', '75011'],
        }),
        commune({
          code: '75111',
          nom: 'Paris 11e',
          type: 'arrondissement-municipal',
          commune: '75056',
          population: 10,
        }),
        commune({ code: '01001', nom: 'Sans point', population: 50 }),
        commune({ code: '01002', nom: 'Ancienne', type: 'commune-associee', chefLieu: '01001' }),
      ],
      [place({ name: 'Paris', admin2: '75', codeInsee: '75056' })],
    );
    expect(rows.map((r) => r.codeInsee)).toEqual(['75056', '75111', '01001']);
    expect(rows[0].codesPostaux).toEqual(['75001', '75011']);
    expect(rows[2]).toMatchObject({ lat: null, lon: null, sourceCoordonnees: null });
    expect(stats).toMatchObject({
      communes: 2,
      communesAvecCoordonnees: 1,
      population: 150,
      populationAvecCoordonnees: 100,
    });
  });
});

describe('parseGeoNames', () => {
  it('reads the fields used and keeps the given countries', () => {
    const line = (cc: string, admin2: string, admin4: string) =>
      [
        '2967108',
        'Blaye',
        'Blaye',
        'Blaye,Blaia',
        '45.12764',
        '-0.66225',
        'P',
        'PPLA3',
        cc,
        '',
        '75',
        admin2,
        '331',
        admin4,
        '5277',
        '',
        '10',
        'Europe/Paris',
        '2024-01-01',
      ].join('\t');
    const places = parseGeoNames(
      [
        line('FR', '33', '33058'),
        line('BE', '33', '33058'),
        line('NC', '98818', ''),
        'garbage',
      ].join('\n'),
      new Set(['FR', 'NC']),
    );
    expect(places).toEqual([
      {
        name: 'Blaye',
        lat: 45.12764,
        lon: -0.66225,
        featureCode: 'PPLA3',
        countryCode: 'FR',
        admin2: '33',
        codeInsee: '33058',
        population: 5277,
      },
      expect.objectContaining({ countryCode: 'NC', codeInsee: '98818' }),
    ]);
  });
});
