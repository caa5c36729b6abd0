import { parseAppellationsTsv, parseFichesTsv } from './rome-tsv';

describe('parseFichesTsv', () => {
  it('reads code and label, trimming, skipping blank lines', () => {
    const parsed = parseFichesTsv(
      "code_rome\tlibelle\r\nG1603\tPersonnel polyvalent en restauration\r\n\r\nF1302 \tConduite d'engins\n",
    );
    expect(parsed.rows).toEqual([
      { code: 'G1603', libelle: 'Personnel polyvalent en restauration' },
      { code: 'F1302', libelle: "Conduite d'engins" },
    ]);
    expect(parsed.ignorees).toEqual([]);
  });

  it('sets aside invalid codes, missing labels and duplicates, with line numbers', () => {
    const parsed = parseFichesTsv('code_rome\tlibelle\nZ1234\tX\nG1603\t\nG1603\tA\nG1603\tB');
    expect(parsed.rows).toEqual([{ code: 'G1603', libelle: 'A' }]);
    expect(parsed.ignorees).toEqual([
      { ligne: 2, raison: 'code ROME invalide « Z1234 »' },
      { ligne: 3, raison: 'libellé absent ou trop long (G1603)' },
      { ligne: 5, raison: 'doublon G1603' },
    ]);
  });

  it('refuses another layout', () => {
    expect(() => parseFichesTsv('libelle\tcode_rome\nX\tG1603')).toThrow(/En-tête inattendu/);
  });
});

describe('parseAppellationsTsv', () => {
  it('reads code OGR, label and fiche code', () => {
    const parsed = parseAppellationsTsv(
      'code_ogr\tlibelle\tcode_rome\n11573\tBoulanger / Boulangère\tD1102\nabc\tX\tD1102\n1\tX\td1102',
    );
    expect(parsed.rows).toEqual([
      { codeOgr: '11573', libelle: 'Boulanger / Boulangère', codeRome: 'D1102' },
    ]);
    expect(parsed.ignorees.map((i) => i.ligne)).toEqual([3, 4]);
  });
});
