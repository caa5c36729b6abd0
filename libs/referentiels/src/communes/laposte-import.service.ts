import { Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { UpsertCounts } from '../queryable';
import { mergeLaPosteCommunes } from './communes-writer';
import { readDecoupageCommunes, readDecoupageDepartements } from './decoupage';
import { decodeLaPoste, parseLaPoste } from './laposte-csv';
import { laPosteRows } from './laposte-rows';

export interface LaPosteImportReport extends UpsertCounts {
  fichier: string;
  lignes: number;
  communes: number;
  /** Old INSEE codes (now communes déléguées…) whose postal codes went to their current commune. */
  rattachees: number;
  sansCoordonnees: number;
  ignorees: { ligne: number; raison: string }[];
  dureeMs: number;
}

/**
 * Imports La Poste's base of postal codes (laposte_hexasmal.csv) into the communes table, in one
 * transaction. Idempotent; what it changes is described in laPosteRows and mergeLaPosteCommunes.
 */
@Injectable()
export class LaPosteImportService {
  constructor(private readonly dataSource: DataSource) {}

  async importFile(file: string): Promise<LaPosteImportReport> {
    const started = Date.now();
    const fichier = resolve(file);
    const parsed = parseLaPoste(decodeLaPoste(await readFile(fichier)));
    const { rows, rattachees } = laPosteRows(
      parsed.communes,
      readDecoupageCommunes(),
      readDecoupageDepartements(),
    );
    const counts = await this.dataSource.transaction((manager) =>
      mergeLaPosteCommunes(manager, rows),
    );
    return {
      fichier,
      lignes: parsed.lignes,
      communes: rows.length,
      rattachees,
      ...counts,
      sansCoordonnees: rows.filter((r) => r.lat === null).length,
      ignorees: parsed.ignorees,
      dureeMs: Date.now() - started,
    };
  }
}
