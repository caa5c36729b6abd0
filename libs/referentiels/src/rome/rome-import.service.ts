import { Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { UpsertCounts } from '../queryable';
import { parseAppellationsTsv, parseFichesTsv } from './rome-tsv';
import { upsertAppellations, upsertFiches } from './rome-writer';

export interface RomeImportReport {
  dossier: string;
  fiches: UpsertCounts & { lues: number; ignorees: { ligne: number; raison: string }[] };
  appellations: UpsertCounts & { lues: number; ignorees: { ligne: number; raison: string }[] };
  dureeMs: number;
}

/**
 * Imports France Travail's ROME lists (`fiches.tsv`, `appellations.tsv`, laid out as in
 * shared/data/rome) in one transaction. Idempotent: a second run adds and updates nothing.
 * Nothing is deleted: offers keep the codes they were entered with.
 */
@Injectable()
export class RomeImportService {
  constructor(private readonly dataSource: DataSource) {}

  async importDirectory(directory: string): Promise<RomeImportReport> {
    const started = Date.now();
    const dossier = resolve(directory);
    const fiches = parseFichesTsv(await readFile(join(dossier, 'fiches.tsv'), 'utf8'));
    const appellations = parseAppellationsTsv(
      await readFile(join(dossier, 'appellations.tsv'), 'utf8'),
    );
    return this.dataSource.transaction(async (manager) => {
      const ficheCounts = await upsertFiches(manager, fiches.rows);
      const known = new Set<string>(
        (await manager.query(`SELECT "code" FROM "rome_fiches"`)).map(
          (r: { code: string }) => r.code,
        ),
      );
      const orphans = appellations.rows.filter((a) => !known.has(a.codeRome));
      const appellationCounts = await upsertAppellations(
        manager,
        appellations.rows.filter((a) => known.has(a.codeRome)),
      );
      return {
        dossier,
        fiches: { lues: fiches.rows.length, ...ficheCounts, ignorees: fiches.ignorees },
        appellations: {
          lues: appellations.rows.length,
          ...appellationCounts,
          ignorees: [
            ...appellations.ignorees,
            ...orphans.map((a) => ({
              ligne: 0,
              raison: `fiche ${a.codeRome} inconnue (${a.codeOgr})`,
            })),
          ],
        },
        dureeMs: Date.now() - started,
      };
    });
  }
}
