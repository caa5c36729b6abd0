import { changedKeys, sameValue } from './changes';

describe('sameValue / changedKeys', () => {
  it('ignores the key order jsonb does not keep', () => {
    expect(
      sameValue([{ du: '2027-01-01', au: '2027-01-10' }], [{ au: '2027-01-10', du: '2027-01-01' }]),
    ).toBe(true);
    expect(sameValue(['G1603', 'D1507'], ['D1507', 'G1603'])).toBe(false);
    expect(sameValue(null, undefined)).toBe(true);
  });

  it('lists the changed fields, not those left out of the patch', () => {
    const current = { nom: 'Benali', fichesRome: ['G1603'], rayonMobiliteKm: 10 };
    expect(changedKeys(current, { nom: 'Benali', fichesRome: ['G1603', 'K2204'] })).toEqual([
      'fichesRome',
    ]);
  });
});
