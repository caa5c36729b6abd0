import type { OffreLigne } from '../shared/use-employeur';
import { ecrireChoix, lireChoix, offresVue, PAR_PAGE } from './offres-vue';

/** n offers, the most recent first (the API's order), every third a draft. */
function offres(n: number): OffreLigne[] {
  return Array.from({ length: n }, (_, i) => {
    const k = n - i; // offer n° k, created on day k
    return {
      id: `o${k}`,
      titre: `Offre n° ${k}`,
      statut: k % 3 === 0 ? 'brouillon' : 'publiee',
      createdAt: new Date(Date.UTC(2026, 0, k)).toISOString(),
      dateDebut: `2027-01-${String(((k * 7) % 28) + 1).padStart(2, '0')}`,
      expireLe: '2027-03-01T00:00:00.000Z',
    } as OffreLigne;
  });
}
const ctx = (attente: [string, number][] = [], bientot: string[] = []) => ({
  attente: new Map(attente),
  expireBientot: (o: OffreLigne) => bientot.includes(o.id),
});
const titres = (v: { rows: OffreLigne[] }) => v.rows.map((o) => o.titre);

describe('The home page table: one page of my offers, sorted and filtered from the URL', () => {
  const all = offres(60);

  it('shows the first 25 of 60 offers, most recent first, and says how many pages', () => {
    const v = offresVue(all, lireChoix(new URLSearchParams()), ctx());
    expect(v.rows).toHaveLength(PAR_PAGE);
    expect(titres(v)[0]).toBe('Offre n° 60');
    expect(v).toMatchObject({ total: 60, pages: 3, page: 1 });
  });

  it('the last page has the rest; a page past the end shows the last one', () => {
    const v = offresVue(all, lireChoix(new URLSearchParams('page=3')), ctx());
    expect(titres(v)).toEqual([
      'Offre n° 10',
      ...Array.from({ length: 9 }, (_, i) => `Offre n° ${9 - i}`),
    ]);
    expect(offresVue(all, lireChoix(new URLSearchParams('page=99')), ctx()).page).toBe(3);
  });

  it('sorts by title in French order (n° 2 before n° 10), by start date, oldest first', () => {
    const byTitle = offresVue(all, lireChoix(new URLSearchParams('tri=titre')), ctx());
    expect(titres(byTitle).slice(0, 3)).toEqual(['Offre n° 1', 'Offre n° 2', 'Offre n° 3']);
    const oldest = offresVue(all, lireChoix(new URLSearchParams('tri=ancien')), ctx());
    expect(titres(oldest)[0]).toBe('Offre n° 1');
    const debut = offresVue(all, lireChoix(new URLSearchParams('tri=date_debut')), ctx()).rows;
    expect(debut.map((o) => o.dateDebut)).toEqual([...debut.map((o) => o.dateDebut)].sort());
  });

  it('filters by state, by candidates to answer, by offers expiring soon', () => {
    const drafts = offresVue(all, lireChoix(new URLSearchParams('filtre=brouillon')), ctx());
    expect(drafts.total).toBe(20);
    expect(drafts.rows.every((o) => o.statut === 'brouillon')).toBe(true);
    const waiting = offresVue(
      all,
      lireChoix(new URLSearchParams('filtre=a_traiter')),
      ctx([
        ['o7', 2],
        ['o8', 0],
      ]),
    );
    expect(titres(waiting)).toEqual(['Offre n° 7']);
    const soon = offresVue(all, lireChoix(new URLSearchParams('filtre=expirent')), ctx([], ['o1']));
    expect(titres(soon)).toEqual(['Offre n° 1']);
  });

  it('an old or tampered URL falls back to the defaults; defaults are left out of the URL', () => {
    expect(lireChoix(new URLSearchParams('filtre=toString&tri=__proto__&page=-2'))).toEqual({
      filtre: 'toutes',
      tri: 'recent',
      page: 1,
    });
    expect(ecrireChoix({ filtre: 'toutes', tri: 'recent', page: 1 }).toString()).toBe('');
    expect(ecrireChoix({ filtre: 'publiee', tri: 'titre', page: 2 }).toString()).toBe(
      'filtre=publiee&tri=titre&page=2',
    );
  });
});
