import { ImportJournal } from './import-journal';

const A = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0ff';
const B = 'a0b1c2d3-e4f5-4607-8819-2a3b4c5d6e7f';

describe('ImportJournal', () => {
  it('gives back the report lines in file order, as the API shows them', () => {
    const journal = new ImportJournal();
    journal.rejete(5, null, 'id_externe', "L'identifiant externe est obligatoire.");
    const batch = new ImportJournal();
    batch.cree(3, 'E3', A);
    batch.modifie(2, 'E2', B, ['nom', 'statut']);
    batch.inchange(6, 'E"6', 'pas-un-uuid');
    batch.rejete(4, 'E4', null, 'La base de données a refusé « ça ».');
    journal.append(batch);

    const lignes = [
      { ligne: 2, idExterne: 'E2', statut: 'modifie', jeuneId: B, champs: ['nom', 'statut'] },
      { ligne: 3, idExterne: 'E3', statut: 'cree', jeuneId: A },
      {
        ligne: 4,
        idExterne: 'E4',
        statut: 'rejete',
        colonne: null,
        motif: 'La base de données a refusé « ça ».',
      },
      {
        ligne: 5,
        idExterne: null,
        statut: 'rejete',
        colonne: 'id_externe',
        motif: "L'identifiant externe est obligatoire.",
      },
      { ligne: 6, idExterne: 'E"6', statut: 'inchange', jeuneId: 'pas-un-uuid' },
    ];
    expect(journal.lignes()).toEqual(lignes);
    expect(journal.size).toBe(5);
    expect(journal.counts).toEqual({ cree: 1, modifie: 1, inchange: 1, rejete: 2 });
    expect(JSON.parse(journal.json({ total: 5, crees: 1 }))).toEqual({
      total: 5,
      crees: 1,
      lignes,
    });
  });

  it('keeps thousands of rows (the id buffer grows)', () => {
    const journal = new ImportJournal();
    for (let i = 0; i < 3000; i++) {
      const batch = new ImportJournal();
      batch.cree(3001 - i, `E${i}`, `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`);
      journal.append(batch);
    }
    const lignes = journal.lignes();
    expect(lignes[0]).toEqual({
      ligne: 2,
      idExterne: 'E2999',
      statut: 'cree',
      jeuneId: '00002999-0000-4000-8000-000000000000',
    });
    expect(JSON.parse(journal.json({ total: 3000 })).lignes).toEqual(lignes);
  });
});
