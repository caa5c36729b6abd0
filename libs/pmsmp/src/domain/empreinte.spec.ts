import { CONVENTION_TRANSITIONS } from '../lifecycle/convention-transitions';
import { conventionExemple } from '../rules/convention-exemple';
import { sectionsConvention } from './convention-sections';
import { canonicalJson, empreinteConvention } from './empreinte';
import { ConventionStatut } from './pmsmp-codes';

describe('What is signed', () => {
  it('the same content in any key order gives the same SHA-256; a new version or a changed field another', () => {
    const c = conventionExemple();
    const inverse = Object.fromEntries(Object.entries(c).reverse());
    expect(canonicalJson(inverse)).toBe(canonicalJson(c));
    const h = empreinteConvention('id', 1, c);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(empreinteConvention('id', 1, inverse)).toBe(h);
    expect(empreinteConvention('id', 2, c)).not.toBe(h);
    expect(empreinteConvention('id', 1, { ...c, risques: `${c.risques} ` })).not.toBe(h);
  });

  it('the page and the PDF show every Cerfa section, in order', () => {
    expect(sectionsConvention(conventionExemple()).map((s) => s.titre)).toEqual([
      '1. Le bénéficiaire',
      '2. L’employeur actuel du bénéficiaire',
      '3. La structure d’accueil',
      '4. Le prescripteur',
      '5. L’immersion',
      '6. Les horaires, jour par jour',
      '7. Conditions de l’immersion',
    ]);
  });

  it('nothing leaves a refused or cancelled agreement', () => {
    for (const t of Object.values(CONVENTION_TRANSITIONS)) {
      expect(t.from).not.toContain(ConventionStatut.REFUSEE);
      expect(t.from).not.toContain(ConventionStatut.ANNULEE);
    }
  });
});
