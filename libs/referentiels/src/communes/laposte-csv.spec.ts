import { decodeLaPoste, parseLaPoste, titleCase } from './laposte-csv';

const HEADER =
  'Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps';

describe('parseLaPoste', () => {
  it('gathers the rows of a commune, preferring the coordinates of its row without Ligne_5', () => {
    const file = parseLaPoste(
      [
        HEADER,
        '50236;LA HAYE;50250;SURVILLE;LA HAYE;49.28,-1.53',
        '50236;LA HAYE;50250;;LA HAYE;49.29,-1.54',
        '50236;LA HAYE;50250;BRETTEVILLE SUR AY;LA HAYE;49.27,-1.55',
        '2A004;AJACCIO;20000;;AJACCIO;41.93,8.70',
        '2A004;AJACCIO;20090;;AJACCIO;41.93,8.70',
        '',
      ].join('\n'),
    );
    expect(file.lignes).toBe(5);
    expect(file.ignorees).toEqual([]);
    expect(file.communes).toEqual([
      { codeInsee: '50236', nom: 'LA HAYE', codesPostaux: ['50250'], lat: 49.29, lon: -1.54 },
      {
        codeInsee: '2A004',
        nom: 'AJACCIO',
        codesPostaux: ['20000', '20090'],
        lat: 41.93,
        lon: 8.7,
      },
    ]);
  });

  it('keeps communes without coordinates and takes them from another row when there is one', () => {
    const file = parseLaPoste(
      [
        HEADER,
        '55138;CULEY;55000;;CULEY;',
        '98711;ANAA;98760;ANAA;TUUHORA;-17.4,-145.5',
        '98711;ANAA;98760;;ANAA;',
      ].join('\r\n'),
    );
    expect(file.communes).toEqual([
      { codeInsee: '55138', nom: 'CULEY', codesPostaux: ['55000'], lat: null, lon: null },
      { codeInsee: '98711', nom: 'ANAA', codesPostaux: ['98760'], lat: -17.4, lon: -145.5 },
    ]);
  });

  it('sets aside malformed rows and Monaco, with their line numbers', () => {
    const file = parseLaPoste(
      [
        HEADER,
        '1234;X;01000;;X;',
        '01001;X;1000;;X;',
        '01001;X;01400;;X;91,2',
        '99138;MONACO;98000;;MONACO;',
      ].join('\n'),
    );
    expect(file.communes).toEqual([]);
    expect(file.ignorees.map((i) => i.ligne)).toEqual([2, 3, 4, 5]);
    expect(file.ignorees[0].raison).toContain('code INSEE invalide');
    expect(file.ignorees[3].raison).toContain('hors de France');
  });

  it('refuses a file that is not in La Poste format', () => {
    expect(() => parseLaPoste('code;nom\n01001;X')).toThrow(/En-tête inattendu/);
  });
});

describe('decodeLaPoste', () => {
  it('reads UTF-8, with or without BOM, and falls back to Latin-1', () => {
    expect(decodeLaPoste(Buffer.from('\uFEFFLibellé', 'utf8'))).toBe('Libellé');
    expect(decodeLaPoste(Buffer.from('Libellé', 'latin1'))).toBe('Libellé');
  });
});

describe('titleCase', () => {
  it('capitalises each word', () => {
    expect(titleCase('ST PIERRE ET MIQUELON')).toBe('St Pierre Et Miquelon');
    expect(titleCase("L'ABERGEMENT-CLEMENCIAT")).toBe("L'Abergement-Clemenciat");
  });
});
