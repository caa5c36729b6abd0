import { buildRomeSearch } from './rome-search';

describe('buildRomeSearch', () => {
  it('searches codes only for a code-like query, case-insensitively', () => {
    const search = buildRomeSearch(' g16 ', 20)!;
    expect(search.params).toEqual(['G16', 'G16%', 'g16', 'g16%', '%g16%', '% g16%', 20]);
    expect(search.sql).toContain('"rome_fiches" f WHERE f."code" LIKE $2');
  });

  it('searches labels with every meaningful word, accents and case ignored', () => {
    const search = buildRomeSearch("Agent d'ENTRETIEN", 5)!;
    expect(search.params).toEqual([
      'agent d entretien',
      'agent d entretien%',
      '%agent%',
      '%entretien%',
      '% agent%',
      '% entretien%',
      5,
    ]);
    expect(search.sql).not.toContain('f."code" LIKE');
  });

  it('makes LIKE wildcards typed by the user literal', () => {
    expect(buildRomeSearch('50_%', 5)!.params).toContain('%50%');
  });

  it('has nothing to search for an empty or stop-word-only query', () => {
    expect(buildRomeSearch('  ', 5)).toBeNull();
    expect(buildRomeSearch("d'", 5)).toBeNull();
  });
});
