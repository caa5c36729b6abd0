import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

/** Namespace of the MERs' advisory locks (first key of pg_advisory_xact_lock). */
const NS_OFFRE = 7_070_001;
const NS_JEUNE = 7_070_002;

/**
 * A transaction, retried when PostgreSQL aborts it for a deadlock or a serialization failure
 * (two hires crossing on the same jeunes and offers): the loser replays on fresh state.
 */
export async function transaction<T>(
  dataSource: DataSource,
  fn: (m: EntityManager) => Promise<T>,
  attempts = 4,
): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await dataSource.transaction(fn);
    } catch (error) {
      const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError
        ?.code;
      if (i >= attempts || (code !== '40P01' && code !== '40001')) throw error;
    }
  }
}

/**
 * Lock order for a hire: the offer, then the jeune. Two clicks on "recrutée", or two employers
 * hiring the same jeune, are thus serialised: the second sees the first's result.
 */
export async function verrouillerEmbauche(m: EntityManager, offreId: string, jeuneId: string) {
  await m.query(`SELECT pg_advisory_xact_lock(${NS_OFFRE}, hashtext($1::text))`, [offreId]);
  await m.query(`SELECT pg_advisory_xact_lock(${NS_JEUNE}, hashtext($1::text))`, [jeuneId]);
}
