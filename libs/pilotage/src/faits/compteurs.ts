import { EntityManager } from 'typeorm';
import { FaitRow } from './fait-mapping';

/** The counter a fact adds one to, if it is of a counted kind. */
export function cleCompteur(f: FaitRow): string | null {
  switch (f.nature) {
    case 'message':
      return f.action === 'jeune' ? `${f.canal}:${f.toStatut}` : null;
    case 'pmsmp':
      // Entering `validee` counts; later log rows of a validated agreement (assessment…) do not.
      return f.toStatut === 'validee' && f.fromStatut !== 'validee' ? f.objectif : null;
    case 'pmsmp_bilan':
      return f.motif;
    case 'pmsmp_situation':
      return `${f.echeance}:${f.enEmploi ? 1 : 0}`;
    default:
      return null;
  }
}

const PARIS = `(u.a AT TIME ZONE 'Europe/Paris')::date`;

/** Adds the new facts to the daily counters and the contacts (same transaction as the facts). */
export async function compter(m: EntityManager, nouveaux: FaitRow[]): Promise<void> {
  const comptes = nouveaux.flatMap((f) => {
    const cle = cleCompteur(f);
    return cle ? [{ s: f.structureId, n: f.nature, a: f.occurredAt, c: cle }] : [];
  });
  if (comptes.length) {
    await m.query(
      `INSERT INTO pilotage_compteurs AS p (structure_id, nature, jour, cle, n)
       SELECT u.s, u.n, ${PARIS}, u.c, count(*)
       FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[]) AS u(s, n, a, c)
       GROUP BY 1, 2, 3, 4
       ON CONFLICT (structure_id, nature, jour, cle) DO UPDATE SET n = p.n + EXCLUDED.n`,
      [
        comptes.map((x) => x.s),
        comptes.map((x) => x.n),
        comptes.map((x) => x.a),
        comptes.map((x) => x.c),
      ],
    );
  }
  const contacts = nouveaux.filter(
    (f) => f.nature === 'message' && f.toStatut === 'envoye' && f.jeuneId,
  );
  if (contacts.length) {
    await m.query(
      `INSERT INTO pilotage_contacts (structure_id, canal, jeune_id, jour)
       SELECT DISTINCT u.s, x.canal, u.j, ${PARIS}
       FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::uuid[]) AS u(s, a, c, j),
         LATERAL (VALUES (u.c), ('*')) AS x(canal)
       ON CONFLICT DO NOTHING`,
      [
        contacts.map((f) => f.structureId),
        contacts.map((f) => f.occurredAt),
        contacts.map((f) => f.canal),
        contacts.map((f) => f.jeuneId),
      ],
    );
  }
}
