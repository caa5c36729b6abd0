import {
  EXPERIENCES,
  isExperience,
  isNatureContrat,
  isNiveauDiplome,
  isTypeContrat,
  NATURES_CONTRAT,
  niveauDiplomeLabel,
  NIVEAUX_DIPLOME,
  typeContratLabel,
  TYPES_CONTRAT,
} from './codes-offre';
import { isNafCode, NAF_SOUS_CLASSES, nafLabel, normaliseNafCode } from './codes-naf';

describe('code lists of an offer', () => {
  it('has France Travail codes, each once, each with a French label', () => {
    expect(TYPES_CONTRAT.map((c) => c.code)).toEqual([
      'CDI',
      'CDD',
      'MIS',
      'SAI',
      'DDI',
      'TTI',
      'DIN',
    ]);
    expect(NATURES_CONTRAT.map((c) => c.code)).toEqual(['E1', 'E2', 'FS', 'FT', 'FU']);
    expect(EXPERIENCES.map((c) => c.code)).toEqual(['D', 'S', 'E']);
    expect(NIVEAUX_DIPLOME.map((c) => c.code)).toEqual(['INFRA_3', '3', '4', '5', '6', '7']);
    for (const list of [TYPES_CONTRAT, NATURES_CONTRAT, EXPERIENCES, NIVEAUX_DIPLOME]) {
      expect(new Set(list.map((c) => c.code)).size).toBe(list.length);
      for (const c of list) expect(c.libelle.length).toBeGreaterThan(3);
    }
  });

  it('validates codes exactly (case matters, no surrounding spaces)', () => {
    expect(isTypeContrat('CDD')).toBe(true);
    expect(isTypeContrat('cdd')).toBe(false);
    expect(isTypeContrat(' CDD')).toBe(false);
    expect(isTypeContrat(undefined)).toBe(false);
    expect(isNatureContrat('E2')).toBe(true);
    expect(isNatureContrat('E3')).toBe(false);
    expect(isExperience('D')).toBe(true);
    expect(isNiveauDiplome('INFRA_3')).toBe(true);
    expect(isNiveauDiplome(3)).toBe(false);
  });

  it('gives labels, or null for an unknown code', () => {
    expect(typeContratLabel('MIS')).toBe("Mission d'intérim");
    expect(niveauDiplomeLabel('3')).toContain('CAP');
    expect(typeContratLabel('XXX')).toBeNull();
  });
});

describe('NAF codes', () => {
  it('normalises both spellings of a sub-class', () => {
    expect(normaliseNafCode('5610A')).toBe('56.10A');
    expect(normaliseNafCode(' 56.10a ')).toBe('56.10A');
    expect(normaliseNafCode('56.1')).toBeNull();
    expect(normaliseNafCode('561OA')).toBeNull();
  });

  it('knows the existing sub-classes only', () => {
    expect(isNafCode('56.10A')).toBe(true);
    expect(isNafCode('5610A')).toBe(true);
    expect(isNafCode('56.10Z')).toBe(false);
    expect(isNafCode('56.10')).toBe(false);
    expect(isNafCode(5610)).toBe(false);
    expect(NAF_SOUS_CLASSES.length).toBe(732);
  });

  it('gives French labels', () => {
    expect(nafLabel('5610A')).toBe('Restauration traditionnelle');
    expect(nafLabel('47.11F')).toBe('Hypermarchés');
    expect(nafLabel('56.1')).toBe('Restaurants et services de restauration mobile');
    expect(nafLabel('99.99Z')).toBeNull();
  });
});
