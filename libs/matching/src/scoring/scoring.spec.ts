import { MatchingConfig } from '../matching.config';
import { fusionnerPoids, poidsDeConfig } from './poids';
import { dateCourte, duree, raisons } from './raisons';
import type { CandidatRow, OffreCriteres } from './score-detail';
import { detailler, score, ScoringContext } from './scoring';

const now = new Date('2026-12-01T08:00:00Z');
const ctx: ScoringContext = {
  poids: poidsDeConfig(new MatchingConfig()),
  today: '2026-12-01',
  now,
  attenteJours: 28,
};
const offre: OffreCriteres = {
  id: 'o',
  structureId: 's',
  codeRome: 'G1803',
  lat: 50.6,
  lon: 3.06,
  dateDebut: '2026-12-15',
  permisB: false,
  niveauDiplome: '3',
  experience: 'S',
  ouverteMineurs: true,
  travailNuit: false,
  tempsPartiel: false,
  distanceMaxKm: 30,
  candidatsSouhaites: 2,
  versionCriteres: 1,
};
const row = (over: Partial<CandidatRow> = {}): CandidatRow => ({
  jeuneId: 'j',
  fiche: 'G1803',
  rang: 1,
  structureId: 's',
  distanceKm: 8.2,
  rayonKm: 20,
  niveauDiplome: 3,
  experienceMois: 0,
  disponibleLe: null,
  programme: 'aucun',
  attenteDepuis: new Date(now.getTime() - 21 * 86_400_000),
  propositionsOuvertes: 0,
  ...over,
});

describe('score', () => {
  it('orders candidates the way a CRE would', () => {
    expect(score(offre, row(), ctx)).toBeGreaterThan(score(offre, row({ rang: 3 }), ctx));
    expect(score(offre, row(), ctx)).toBeGreaterThan(score(offre, row({ fiche: 'G1801' }), ctx));
    expect(score(offre, row({ distanceKm: 2 }), ctx)).toBeGreaterThan(score(offre, row(), ctx));
    expect(score(offre, row({ programme: 'CEJ' }), ctx)).toBeGreaterThan(score(offre, row(), ctx));
    expect(score(offre, row({ experienceMois: 12 }), ctx)).toBeGreaterThan(
      score(offre, row(), ctx),
    );
    expect(score(offre, row({ niveauDiplome: 0 }), ctx)).toBeLessThan(score(offre, row(), ctx));
    // Fairness: someone proposed yesterday comes after someone waiting for three weeks.
    expect(
      score(offre, row({ attenteDepuis: new Date(now.getTime() - 86_400_000) }), ctx),
    ).toBeLessThan(score(offre, row(), ctx));
  });

  it('breaks the score down into weighted criteria that add up to it', () => {
    const d = detailler(offre, row(), ctx);
    const points = Object.values(d.criteres).reduce((s, c) => s + c.points, 0);
    const poids = Object.values(d.criteres).reduce((s, c) => s + c.poids, 0);
    expect(d.total).toBeCloseTo((100 * points) / poids, 1);
    expect(d.criteres.attente).toEqual({ note: 0.75, poids: 15, points: 11.25 });
  });

  it('uses a structure’s weights over the configuration’s', () => {
    const poids = fusionnerPoids(ctx.poids, { programme: 60 });
    expect(score(offre, row({ programme: 'CEJ' }), { ...ctx, poids })).toBeGreaterThan(
      score(offre, row({ programme: 'CEJ' }), ctx),
    );
    expect(() => fusionnerPoids(ctx.poids, { salaire: 10 } as never)).toThrow(/Critère inconnu/);
  });
});

describe('raisons', () => {
  it('reads at a glance, in French', () => {
    const d = detailler(
      offre,
      row({ disponibleLe: '2026-12-02', programme: 'CEJ', experienceMois: 4 }),
      ctx,
    );
    expect(
      raisons(
        offre,
        d,
        { fiche: 'Service en restauration', offre: 'Service en restauration' },
        ctx.today,
      ),
    ).toEqual([
      'Service en restauration, 1er souhait',
      'à 8 km, mobilité 20 km',
      'disponible dès le 2 décembre',
      'en CEJ',
      'aucune proposition depuis 3 semaines',
      'diplôme au niveau demandé',
      "4 mois d'expérience sur ce métier",
    ]);
  });

  it('says when the fiche is only of the same domaine', () => {
    const d = detailler(offre, row({ fiche: 'G1801', rang: 2 }), ctx);
    expect(
      raisons(
        offre,
        d,
        { fiche: 'Café, bar brasserie', offre: 'Service en restauration' },
        ctx.today,
      )[0],
    ).toBe('Café, bar brasserie (métier proche de Service en restauration), 2e souhait');
  });

  it('formats dates and durations', () => {
    expect(dateCourte('2026-03-01', '2026-12-01')).toBe('1er mars');
    expect(dateCourte('2027-01-05', '2026-12-01')).toBe('5 janvier 2027');
    expect([duree(1), duree(10), duree(21), duree(95)]).toEqual([
      '1 jour',
      '10 jours',
      '3 semaines',
      '3 mois',
    ]);
  });
});
