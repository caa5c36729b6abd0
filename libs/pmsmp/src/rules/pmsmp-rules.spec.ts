import { ConventionContenu } from '../domain/convention-contenu';
import { conventionExemple, semaineType } from './convention-exemple';
import { deuxMoisSurDouze, renouvellementPermis } from './renouvellement-rules';
import { verifierConvention, ContexteVerification } from './verifier-convention';

const ctx: ContexteVerification = {
  aujourdhui: '2026-12-01',
  graceJours: 2,
  controlerRetroactivite: true,
  autresMemeAccueil: [],
};
const verifier = (c: ConventionContenu, more: Partial<ContexteVerification> = {}) =>
  verifierConvention(c, { ...ctx, ...more });
const codes = (c: ConventionContenu, more: Partial<ContexteVerification> = {}) =>
  verifier(c, more).erreurs.map((e) => `${e.field}:${e.code}`);
/** 17 throughout the first half of 2027. */
const MINEUR = '2009-06-01';
const mineur = (over: Partial<ConventionContenu> = {}) =>
  conventionExemple({
    beneficiaire: { ...conventionExemple().beneficiaire, dateNaissance: MINEUR },
    representantLegal: {
      nom: 'Benali',
      prenom: 'Karim',
      qualite: 'Père',
      email: 'karim.benali@example.fr',
      telephone: '+33644444444',
    },
    ...over,
  });
const jour = (date: string, ...plages: [string, string][]) => ({
  date,
  plages: plages.map(([debut, fin]) => ({ debut, fin })),
});

describe('PMSMP rules', () => {
  it('accepts the example and derives the totals (10 days × 7 h)', () => {
    const v = verifier(conventionExemple());
    expect(v.erreurs).toEqual([]);
    expect(v.totaux.minutesTotal).toBe(70 * 60);
    expect(v.totaux.joursPresence).toBe(10);
    expect(v.totaux.parSemaine).toEqual({ '2027-01-04': 35 * 60, '2027-01-11': 35 * 60 });
  });

  describe('duration: one month at most', () => {
    it('the last day of the month is allowed, the day after is not', () => {
      const ok = conventionExemple({
        dateFin: '2027-02-03',
        horaires: semaineType('2027-01-04', '2027-01-08'),
      });
      expect(codes(ok)).toEqual([]);
      const ko = conventionExemple({
        dateFin: '2027-02-04',
        horaires: semaineType('2027-01-04', '2027-01-08'),
      });
      expect(codes(ko)).toEqual(['dateFin:duree_max']);
    });
    it('ends on or after the start', () => {
      expect(codes(conventionExemple({ dateFin: '2027-01-03', horaires: [] }))).toContain(
        'dateFin:ordre',
      );
      const un = conventionExemple({
        dateFin: '2027-01-04',
        horaires: semaineType('2027-01-04', '2027-01-04'),
      });
      expect(codes(un)).toEqual([]);
    });
    it('31 January + 1 month = 28 February', () => {
      const h = [jour('2027-02-01', ['09:00', '12:00'])];
      expect(
        codes(conventionExemple({ dateDebut: '2027-01-31', dateFin: '2027-02-27', horaires: h })),
      ).toEqual([]);
      expect(
        codes(conventionExemple({ dateDebut: '2027-01-31', dateFin: '2027-02-28', horaires: h })),
      ).toEqual(['dateFin:duree_max']);
    });
  });

  describe('minimum age 16 at the start date', () => {
    const age = (dateNaissance: string) =>
      codes(mineur({ beneficiaire: { ...conventionExemple().beneficiaire, dateNaissance } }));
    it('16 on the start date is allowed, one day less is not', () => {
      expect(age('2011-01-04')).toEqual([]);
      expect(age('2011-01-05')).toEqual(['beneficiaire.dateNaissance:age_minimum']);
    });
  });

  describe('a minor needs a legal representative', () => {
    it('17 years: required; 18 on the start date: not', () => {
      const sans = { ...mineur(), representantLegal: undefined };
      expect(codes(sans)).toEqual(['representantLegal:obligatoire']);
      const majeur = conventionExemple({
        beneficiaire: { ...conventionExemple().beneficiaire, dateNaissance: '2009-01-04' },
      });
      expect(codes(majeur)).toEqual([]);
    });
  });

  describe('adults: 10 h a day, 48 h a week', () => {
    it('10 h a day is allowed, 10 h 01 is not', () => {
      const h = (fin: string) =>
        conventionExemple({
          dateFin: '2027-01-04',
          horaires: [jour('2027-01-04', ['07:00', '12:00'], ['13:00', fin])],
        });
      expect(codes(h('18:00'))).toEqual([]);
      expect(codes(h('18:01'))).toEqual(['horaires[0].plages:max_jour']);
    });
    it('48 h a week is allowed, 48 h 30 is not', () => {
      const semaine = (derniereFin: string) =>
        conventionExemple({
          dateFin: '2027-01-09',
          horaires: [
            ...semaineType('2027-01-04', '2027-01-08', [{ debut: '08:00', fin: '17:00' }]),
            jour('2027-01-09', ['08:00', derniereFin]),
          ],
        });
      expect(codes(semaine('11:00'))).toEqual([]);
      expect(codes(semaine('11:30'))).toEqual(['horaires:max_semaine']);
    });
  });

  describe('minors: 8 h a day, 35 h a week', () => {
    it('8 h a day is allowed, 8 h 15 is not', () => {
      const h = (fin: string) =>
        mineur({
          dateFin: '2027-01-04',
          horaires: [jour('2027-01-04', ['08:00', '12:00'], ['13:00', fin])],
        });
      expect(codes(h('17:00'))).toEqual([]);
      expect(codes(h('17:15'))).toEqual(['horaires[0].plages:max_jour_mineur']);
    });
    it('35 h a week is allowed, 35 h 30 is not', () => {
      const semaine = (fin: string) =>
        mineur({
          dateFin: '2027-01-08',
          horaires: [
            ...semaineType('2027-01-04', '2027-01-07', [{ debut: '09:00', fin: '16:00' }]),
            jour('2027-01-08', ['09:00', fin]),
          ],
        });
      expect(codes(semaine('16:00'))).toEqual([]);
      expect(codes(semaine('16:30'))).toEqual(['horaires:max_semaine_mineur']);
    });
  });

  describe('minors: nothing between 22:00 and 06:00', () => {
    it('06:00–12:00 and 16:00–22:00 are allowed; 05:59 and 22:01 are not', () => {
      const d = (a: string, b: string) =>
        mineur({ dateFin: '2027-01-04', horaires: [jour('2027-01-04', [a, b])] });
      expect(codes(d('06:00', '12:00'))).toEqual([]);
      expect(codes(d('16:00', '22:00'))).toEqual([]);
      expect(codes(d('05:59', '12:00'))).toEqual(['horaires[0].plages[0]:nuit_mineur']);
      expect(codes(d('15:00', '22:01'))).toEqual(['horaires[0].plages[0]:nuit_mineur']);
    });
    it('an adult may start at 05:00', () => {
      expect(
        codes(
          conventionExemple({
            dateFin: '2027-01-04',
            horaires: [jour('2027-01-04', ['05:00', '12:00'])],
          }),
        ),
      ).toEqual([]);
    });
  });

  describe('minors: 12 consecutive hours of daily rest', () => {
    const deux = (fin: string, debut: string) =>
      mineur({
        dateFin: '2027-01-05',
        horaires: [jour('2027-01-04', ['14:00', fin]), jour('2027-01-05', [debut, '12:00'])],
      });
    it('20:00 → 08:00 is 12 h: allowed; 20:00 → 07:59 is not', () => {
      expect(codes(deux('20:00', '08:00'))).toEqual([]);
      expect(codes(deux('20:00', '07:59'))).toEqual(['horaires[1]:repos_quotidien_mineur']);
    });
  });

  describe('minors: two consecutive days of weekly rest (calendar week)', () => {
    it('Monday–Friday is allowed; Monday–Saturday with Sunday only is not', () => {
      const h = semaineType('2027-01-04', '2027-01-08', [{ debut: '09:00', fin: '14:00' }]);
      expect(codes(mineur({ dateFin: '2027-01-09', horaires: h }))).toEqual([]);
      const samedi = [...h, jour('2027-01-09', ['09:00', '14:00'])];
      expect(codes(mineur({ dateFin: '2027-01-09', horaires: samedi }))).toEqual([
        'horaires:repos_hebdo_mineur',
      ]);
    });
  });

  describe('minors: no Sundays or public holidays unless a justified exception', () => {
    const h = [jour('2027-01-08', ['09:00', '12:00']), jour('2027-01-10', ['09:00', '12:00'])];
    it('a Sunday is an error, with a justification a warning', () => {
      expect(
        codes(mineur({ dateDebut: '2027-01-08', dateFin: '2027-01-10', horaires: h })),
      ).toEqual(['horaires[1].date:dimanche_ferie_mineur']);
      const v = verifier(
        mineur({
          dateDebut: '2027-01-08',
          dateFin: '2027-01-10',
          horaires: h,
          derogationDimancheFerie: 'Boulangerie (R3164-2)',
        }),
      );
      expect(v.erreurs).toEqual([]);
      expect(v.avertissements.map((a) => a.code)).toEqual(['derogation']);
    });
    it('a public holiday (Easter Monday 29 March 2027) is an error, the day after is not', () => {
      const ferie = (date: string) =>
        mineur({ dateDebut: date, dateFin: date, horaires: [jour(date, ['09:00', '12:00'])] });
      expect(codes(ferie('2027-03-29'))).toEqual(['horaires[0].date:dimanche_ferie_mineur']);
      expect(codes(ferie('2027-03-30'))).toEqual([]);
    });
    it('an adult may work on Sunday', () => {
      expect(
        codes(
          conventionExemple({
            dateDebut: '2027-01-10',
            dateFin: '2027-01-10',
            horaires: [jour('2027-01-10', ['09:00', '12:00'])],
          }),
        ),
      ).toEqual([]);
    });
  });

  describe('time ranges well formed', () => {
    const un = (...plages: [string, string][]) =>
      codes(
        conventionExemple({ dateFin: '2027-01-04', horaires: [jour('2027-01-04', ...plages)] }),
      );
    it('format, order, count, overlap, days in the period, no duplicate', () => {
      expect(un(['9h', '12:00'])).toEqual(['horaires[0].plages[0].debut:format']);
      expect(un(['12:00', '12:00'])).toEqual(['horaires[0].plages[0].fin:ordre']);
      expect(un(['08:00', '10:00'], ['10:00', '12:00'])).toEqual([]);
      expect(un(['08:00', '10:01'], ['10:00', '12:00'])).toEqual([
        'horaires[0].plages:chevauchement',
      ]);
      expect(un(['08:00', '09:00'], ['10:00', '11:00'], ['12:00', '13:00'])).toEqual([
        'horaires[0].plages:nombre',
      ]);
      expect(un()).toEqual(['horaires[0].plages:nombre']);
      expect(codes(conventionExemple({ dateFin: '2027-01-04', horaires: [] }))).toEqual([
        'horaires:vide',
      ]);
      const hors = conventionExemple({
        dateFin: '2027-01-04',
        horaires: [jour('2027-01-05', ['09:00', '12:00'])],
      });
      expect(codes(hors)).toEqual(['horaires[0].date:hors_periode']);
      const deux = conventionExemple({
        dateFin: '2027-01-04',
        horaires: [jour('2027-01-04', ['09:00', '10:00']), jour('2027-01-04', ['11:00', '12:00'])],
      });
      expect(codes(deux)).toEqual(['horaires[1].date:doublon']);
    });
  });

  describe('distinct emails and phones for distinct signatories', () => {
    it('the tutor may be the representative (same person); another person may not share', () => {
      const c = conventionExemple();
      const meme = conventionExemple({ tuteur: { ...c.accueil.representant } });
      expect(codes(meme)).toEqual([]);
      const partage = conventionExemple({
        tuteur: { ...c.tuteur, email: c.beneficiaire.email.toUpperCase() },
      });
      expect(codes(partage)).toEqual(['tuteur.email:email_partage']);
      const tel = conventionExemple({
        tuteur: { ...c.tuteur, telephone: c.accueil.representant.telephone },
      });
      expect(codes(tel)).toEqual(['tuteur.telephone:telephone_partage']);
    });

    it('two missing contacts are not shared (a draft being keyed in)', () => {
      const c = conventionExemple();
      const vides = conventionExemple({
        tuteur: { ...c.tuteur, telephone: '' },
        prescripteur: {
          ...c.prescripteur,
          conseiller: { ...c.prescripteur.conseiller, telephone: '' },
        },
      });
      expect(codes(vides)).toEqual([]);
    });
  });

  describe('valid SIRET', () => {
    it('Luhn and La Poste pass, a wrong key fails', () => {
      const s = (siret: string) =>
        codes(conventionExemple({ accueil: { ...conventionExemple().accueil, siret } }));
      expect(s('35600000049837')).toEqual([]);
      expect(s('73282932000075')).toEqual(['accueil.siret:siret']);
    });
  });

  describe('no start in the past beyond the grace', () => {
    const c = conventionExemple({
      dateDebut: '2026-11-29',
      dateFin: '2026-11-30',
      horaires: [jour('2026-11-30', ['09:00', '12:00'])],
    });
    it('two days back is allowed, three are not; unchanged dates on edit are not checked', () => {
      expect(codes(c)).toEqual([]);
      expect(codes(c, { aujourdhui: '2026-12-02' })).toEqual(['dateDebut:retroactive']);
      expect(codes(c, { aujourdhui: '2026-12-02', controlerRetroactivite: false })).toEqual([]);
    });
  });

  describe('plain text only in free fields', () => {
    it('refuses markup and control characters, keeps accents, quotes and "<" in prose', () => {
      expect(codes(conventionExemple({ activites: 'Cuisson < 250 °C, « pâte » & crème' }))).toEqual(
        [],
      );
      expect(codes(conventionExemple({ activites: 'Voir <a href="x">ici</a>' }))).toEqual([
        'activites:texte_brut',
      ]);
      expect(codes(conventionExemple({ risques: 'a\u0007b' }))).toEqual(['risques:texte_brut']);
    });
  });

  describe('two months over twelve with the same host', () => {
    const c = { dateDebut: '2027-06-01', dateFin: '2027-06-30' };
    it('one other agreement in the window is allowed, two are not; older ones do not count', () => {
      expect(deuxMoisSurDouze([{ dateDebut: '2027-01-04', dateFin: '2027-01-31' }], c)).toEqual([]);
      const deux = [
        { dateDebut: '2027-01-04', dateFin: '2027-01-10' },
        { dateDebut: '2027-03-01', dateFin: '2027-03-07' },
      ];
      expect(deuxMoisSurDouze(deux, c).map((p) => p.code)).toEqual(['deux_mois_sur_douze']);
      const vieilles = [
        { dateDebut: '2026-05-01', dateFin: '2026-05-31' },
        { dateDebut: '2026-06-01', dateFin: '2026-06-30' },
      ];
      expect(deuxMoisSurDouze(vieilles, c)).toEqual([]);
      expect(deuxMoisSurDouze([{ dateDebut: '2026-07-01', dateFin: '2026-07-31' }], c)).toEqual([]);
    });
    it('62 days in all is allowed, 63 are not', () => {
      const longue = { dateDebut: '2027-07-01', dateFin: '2027-07-31' };
      expect(
        deuxMoisSurDouze([{ dateDebut: '2027-08-01', dateFin: '2027-08-31' }], longue),
      ).toEqual([]);
      expect(
        deuxMoisSurDouze([{ dateDebut: '2027-05-31', dateFin: '2027-06-30' }], {
          dateDebut: '2027-07-01',
          dateFin: '2027-08-01',
        }).map((p) => p.code),
      ).toEqual(['deux_mois_sur_douze']);
    });
  });

  describe('one renewal, only if the objective was not reached', () => {
    const origine = { estRenouvellement: false, dejaRenouvelee: false, validee: true };
    it('allowed once, from a validated agreement whose objective was not reached', () => {
      expect(renouvellementPermis(origine, false)).toEqual([]);
      expect(renouvellementPermis(origine, true).map((p) => p.code)).toEqual(['objectif_atteint']);
      expect(
        renouvellementPermis({ ...origine, dejaRenouvelee: true }, false).map((p) => p.code),
      ).toEqual(['renouvellement_unique']);
      expect(
        renouvellementPermis({ ...origine, estRenouvellement: true }, false).map((p) => p.code),
      ).toEqual(['renouvellement_unique']);
      expect(
        renouvellementPermis({ ...origine, validee: false }, false).map((p) => p.code),
      ).toEqual(['non_validee']);
    });
    it('a week straddling the renewed agreement and its renewal counts both (calendar week)', () => {
      const avant = semaineType('2027-01-04', '2027-01-06', [{ debut: '08:00', fin: '18:00' }]);
      const c = conventionExemple({
        dateDebut: '2027-01-07',
        dateFin: '2027-01-08',
        horaires: semaineType('2027-01-07', '2027-01-08', [{ debut: '08:00', fin: '18:00' }]),
      });
      expect(codes(c)).toEqual([]);
      expect(codes(c, { horairesPrecedents: avant, finPrecedente: '2027-01-06' })).toEqual([
        'horaires:max_semaine',
      ]);
      expect(codes(c, { finPrecedente: '2027-01-07' })).toEqual(['dateDebut:renouvellement_dates']);
    });
  });
});
