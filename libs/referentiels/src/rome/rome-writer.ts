import { Queryable, upsertInBatches, UpsertCounts } from '../queryable';
import { normaliseText } from '../text/normalise';
import type { AppellationRomeRow, FicheRomeRow } from './rome-tsv';

/** Adds or relabels fiches; a fiche is never deleted here (offers refer to it). */
export function upsertFiches(db: Queryable, rows: readonly FicheRomeRow[]): Promise<UpsertCounts> {
  return upsertInBatches(
    db,
    rows,
    `INSERT INTO "rome_fiches" ("code", "libelle", "domaine", "libelle_normalise")
     SELECT t.code, t.libelle, left(t.code, 1), t.n
     FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) AS t(code, libelle, n)
     ON CONFLICT ("code") DO UPDATE
       SET "libelle" = EXCLUDED."libelle", "libelle_normalise" = EXCLUDED."libelle_normalise",
           "updated_at" = now()
       WHERE "rome_fiches"."libelle" IS DISTINCT FROM EXCLUDED."libelle"
     RETURNING (xmax = 0) AS added`,
    (batch) => [
      batch.map((r) => r.code),
      batch.map((r) => r.libelle),
      batch.map((r) => normaliseText(r.libelle)),
    ],
  );
}

/** Adds, relabels or moves appellations; their fiches must exist. */
export function upsertAppellations(
  db: Queryable,
  rows: readonly AppellationRomeRow[],
): Promise<UpsertCounts> {
  return upsertInBatches(
    db,
    rows,
    `INSERT INTO "rome_appellations" ("code_ogr", "libelle", "code_rome", "libelle_normalise")
     SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[])
     ON CONFLICT ("code_ogr") DO UPDATE
       SET "libelle" = EXCLUDED."libelle", "code_rome" = EXCLUDED."code_rome",
           "libelle_normalise" = EXCLUDED."libelle_normalise", "updated_at" = now()
       WHERE ("rome_appellations"."libelle", "rome_appellations"."code_rome")
         IS DISTINCT FROM (EXCLUDED."libelle", EXCLUDED."code_rome")
     RETURNING (xmax = 0) AS added`,
    (batch) => [
      batch.map((r) => r.codeOgr),
      batch.map((r) => r.libelle),
      batch.map((r) => r.codeRome),
      batch.map((r) => normaliseText(r.libelle)),
    ],
  );
}
