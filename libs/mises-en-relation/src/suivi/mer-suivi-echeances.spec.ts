import { echeancesSuivi } from './mer-suivi-echeances';

const contrat = (dateDebut: string, dateFin: string | null = null) => ({
  typeContrat: dateFin ? 'CDD' : 'CDI',
  dateDebut,
  dateFin,
  heuresHebdo: 35,
});

describe('Échéances du suivi après un recrutement', () => {
  const recrute = new Date('2027-01-05T09:00:00Z');

  it('30 et 90 jours après le recrutement quand le contrat a déjà commencé', () => {
    expect(echeancesSuivi(recrute, contrat('2027-01-04'))).toEqual([
      { mois: 1, dueAt: new Date('2027-02-04T09:00:00Z') },
      { mois: 3, dueAt: new Date('2027-04-05T09:00:00Z') },
    ]);
  });

  it('à partir du début du contrat (minuit, heure de Paris) quand il commence plus tard', () => {
    expect(echeancesSuivi(recrute, contrat('2027-02-01')).map((e) => e.dueAt)).toEqual([
      new Date('2027-03-02T23:00:00Z'),
      new Date('2027-05-01T23:00:00Z'),
    ]);
  });

  it('pas de contrôle après la fin d’un contrat à durée déterminée', () => {
    expect(echeancesSuivi(recrute, contrat('2027-01-05', '2027-03-01')).map((e) => e.mois)).toEqual(
      [1],
    );
    expect(echeancesSuivi(recrute, contrat('2027-01-05', '2027-01-20'))).toEqual([]);
    expect(echeancesSuivi(recrute, contrat('2027-01-05', '2027-07-04'))).toHaveLength(2);
  });

  it('sans contrat connu : à partir du recrutement', () => {
    expect(echeancesSuivi(recrute, null)).toHaveLength(2);
  });
});
