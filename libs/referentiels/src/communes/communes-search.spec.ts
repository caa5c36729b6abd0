import { buildCommunesSearch, nameVariants, normaliseDepartement } from './communes-search';

describe('nameVariants', () => {
  it('expands st/ste when a word follows', () => {
    expect(nameVariants('St-Étienne')).toEqual(['st etienne', 'saint etienne']);
    expect(nameVariants('Ste Foy')).toEqual(['ste foy', 'sainte foy']);
    expect(nameVariants('st')).toEqual(['st']);
    expect(nameVariants('Lyon')).toEqual(['lyon']);
  });
});

describe('normaliseDepartement', () => {
  it('accepts metropolitan, Corsican and overseas codes', () => {
    expect(normaliseDepartement('2a')).toBe('2A');
    expect(normaliseDepartement('1')).toBe('01');
    expect(normaliseDepartement('974')).toBe('974');
    expect(normaliseDepartement('20')).toBeNull();
    expect(normaliseDepartement('999')).toBeNull();
  });
});

describe('buildCommunesSearch', () => {
  it('looks a full postal code up in the array, a partial one by prefix', () => {
    expect(buildCommunesSearch({ codePostal: '75011' })!.where).toContain('@> ARRAY[$1]');
    expect(buildCommunesSearch({ codePostal: '750' })!.params).toEqual(['750%']);
  });

  it('searches names by prefix and word prefix, within a department', () => {
    const search = buildCommunesSearch({ nom: 'Saint-Denis', departement: '974' })!;
    expect(search.params).toEqual([['saint denis'], 'saint denis%', '% saint denis%', '974']);
    expect(search.order).toMatch(/^CASE/);
  });

  it('has nothing to look for without a postal code or a name, or with malformed ones', () => {
    expect(buildCommunesSearch({})).toBeNull();
    expect(buildCommunesSearch({ departement: '75' })).toBeNull();
    expect(buildCommunesSearch({ codePostal: 'abcde' })).toBeNull();
    expect(buildCommunesSearch({ nom: 'Paris', departement: 'xx' })).toBeNull();
  });
});
