import { lireFiltres, versParams } from './filtres';

describe('offers list filters in the URL', () => {
  it('reads what is set and writes back only that', () => {
    const f = lireFiltres(
      new URLSearchParams('statut=a_valider&rome=G&communeInsee=59350&rayonKm=10&page=3&du='),
    );
    expect(f).toEqual({
      statut: 'a_valider',
      rome: 'G',
      communeInsee: '59350',
      rayonKm: 10,
      page: 3,
    });
    expect(versParams(f).toString()).toBe(
      'statut=a_valider&rome=G&communeInsee=59350&rayonKm=10&page=3',
    );
  });

  it('ignores a zero radius, page 1 and nonsense numbers', () => {
    expect(lireFiltres(new URLSearchParams('rayonKm=0&page=1'))).toEqual({});
    expect(lireFiltres(new URLSearchParams('rayonKm=abc&page=-2'))).toEqual({});
  });
});
