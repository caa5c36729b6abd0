import { Clock, DomainError } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { JeuneActor } from '../audit/jeune-audit.service';
import { Jeune } from '../entities/jeune.entity';
import { JeuneRefs, JeuneRefsFactory } from '../profile/jeune-refs.service';
import { deriveValues, mergeSaisie, SAISIE_PAR_DEFAUT } from '../profile/jeune-values';
import { CsvSkip, readCsv } from './csv-reader';
import { CsvEncoding } from './encoding-sniffer';
import { columnOf, HeaderMap, mapHeader } from './import-columns';
import { ImportLigne, ImportPlan, ImportValues } from './import-plan';
import { importStaging } from './import-staging';
import { isRejected, ParsedRow, parseRow, RejectedRow } from './import-row';

export interface ImportOptions {
  /**
   * Rows per transaction. Two batches are in memory at once (one parsed, one written), and they
   * live long enough to reach V8's old space: 1,000 rows keeps that garbage, hence the worker's
   * peak RSS, small for ~2.5 times the round trips of 2,500 (still overlapped with the parsing).
   */
  batchSize?: number;
  maxBytes?: number;
  /** Called after each batch with the rows read so far (progress of a background import). */
  onProgress?: (lignesLues: number) => Promise<void>;
}

export interface ImportReport {
  encodage: CsvEncoding;
  separateur: ';' | ',';
  colonnes: string[];
  colonnesIgnorees: string[];
  total: number;
  crees: number;
  modifies: number;
  inchanges: number;
  rejetes: number;
  dureeMs: number;
  lignes: ImportLigne[];
}

const rejected = (r: RejectedRow | CsvSkip): ImportLigne => ({
  ligne: r.line,
  idExterne: 'idExterne' in r ? r.idExterne : null,
  statut: 'rejete',
  colonne: 'colonne' in r ? r.colonne : null,
  motif: r.motif,
});

/** Rows parsed between two turns of the event loop (where the database's answers are read). */
const PAUSE_EVERY = 100;
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The CSV import from the ML's information system: streamed, upsert by external id, each batch
 * of valid rows in one transaction, a report line per row. A bad row is reported and never
 * written; the rows around it are.
 */
@Injectable()
export class JeunesImportService {
  private readonly logger = new Logger('JeunesImport');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly refs: JeuneRefsFactory,
    private readonly clock: Clock,
  ) {}

  async import(
    input: Readable,
    ctx: { structureId: string; actor: JeuneActor },
    { batchSize = 1000, maxBytes = 100_000_000, onProgress }: ImportOptions = {},
  ): Promise<ImportReport> {
    const started = performance.now();
    const csv = await readCsv(input, maxBytes);
    const refs = this.refs.for(ctx.structureId);
    const lignes: ImportLigne[] = [];
    const seen = new Map<string, number>();
    let header: HeaderMap | undefined;
    let batch: ParsedRow[] = [];
    // One batch is written while the next is parsed: the database and Node work at the same time.
    let writing: Promise<ImportLigne[]> | undefined;
    const flush = async () => {
      if (writing) lignes.push(...(await writing));
      writing = batch.length ? this.flush(batch, header!, refs, ctx) : undefined;
      batch = [];
    };
    for await (const records of csv.batches) {
      for (const record of records) {
        // Records come from a buffer without leaving the microtask queue: without a pause the
        // batch being written would wait for the whole next batch to be parsed at each round trip.
        if (record.line % PAUSE_EVERY === 0) await pause();
        lignes.push(...csv.skipped.splice(0).map(rejected));
        if (!header) {
          header = this.checkHeader(record.cells);
          continue;
        }
        const row = parseRow(record, header);
        if (isRejected(row)) {
          lignes.push(rejected(row));
          continue;
        }
        const first = seen.get(row.idExterne);
        if (first !== undefined) {
          const motif = `Identifiant externe déjà présent ligne ${first} du fichier.`;
          lignes.push(rejected({ ...row, colonne: 'id_externe', motif }));
          continue;
        }
        seen.set(row.idExterne, row.line);
        batch.push(row);
        if (batch.length >= batchSize) {
          await flush();
          await onProgress?.(record.line - 1); // data rows, the header not counted
        }
      }
    }
    await flush();
    await flush();
    lignes.push(...csv.skipped.splice(0).map(rejected));
    if (!header) throw new DomainError('JEUNE_IMPORT_INVALIDE', 'Le fichier est vide.');
    lignes.sort((a, b) => a.ligne - b.ligne);
    const count = (s: ImportLigne['statut']) => lignes.filter((l) => l.statut === s).length;
    return {
      encodage: csv.sniffer.encoding ?? 'utf-8',
      separateur: csv.delimiter,
      colonnes: header.columns.map((c) => c.def.colonne),
      colonnesIgnorees: header.ignored,
      total: lignes.length,
      crees: count('cree'),
      modifies: count('modifie'),
      inchanges: count('inchange'),
      rejetes: count('rejete'),
      dureeMs: Math.round(performance.now() - started),
      lignes,
    };
  }

  /** Reads the header only: an empty file or a missing column is refused before any job. */
  async checkFile(file: Buffer): Promise<void> {
    const csv = await readCsv(Readable.from([file]), file.length + 1);
    for await (const records of csv.batches) {
      if (records.length === 0) continue;
      this.checkHeader(records[0].cells);
      return;
    }
    throw new DomainError('JEUNE_IMPORT_INVALIDE', 'Le fichier est vide.');
  }

  private checkHeader(cells: string[]): HeaderMap {
    const header = mapHeader(cells);
    if (header.missing.length > 0) {
      throw new DomainError(
        'JEUNE_IMPORT_INVALIDE',
        `Colonne(s) obligatoire(s) absente(s) de la première ligne : ${header.missing.join(', ')}. Voir libs/jeunes/README.md.`,
        { field: header.missing[0], details: { colonnesManquantes: header.missing } },
      );
    }
    return header;
  }

  /** One transaction per batch; if the database refuses it, each row alone, to find the culprit. */
  private async flush(
    rows: ParsedRow[],
    header: HeaderMap,
    refs: JeuneRefs,
    ctx: { structureId: string; actor: JeuneActor },
  ): Promise<ImportLigne[]> {
    try {
      return await this.dataSource.transaction((m) => this.write(m, rows, header, refs, ctx));
    } catch (error) {
      if (rows.length > 1) {
        const out: ImportLigne[] = [];
        for (const row of rows) out.push(...(await this.flush([row], header, refs, ctx)));
        return out;
      }
      this.logger.warn(`Import ligne ${rows[0].line} refusée : ${(error as Error).message}`);
      const motif = "La base de données a refusé l'enregistrement de cette ligne.";
      return [rejected({ ...rows[0], colonne: null, motif })];
    }
  }

  private async write(
    m: EntityManager,
    rows: ParsedRow[],
    header: HeaderMap,
    refs: JeuneRefs,
    ctx: { structureId: string; actor: JeuneActor },
  ): Promise<ImportLigne[]> {
    const now = this.clock.now();
    // One array parameter, not one parameter per row: 2,500 placeholders cost more to send and
    // plan than the lookup itself.
    const existing = await m
      .getRepository(Jeune)
      .createQueryBuilder('j')
      .setLock('pessimistic_write')
      .where('j.structureId = :structureId AND j.idExterne = ANY(:ids)', {
        structureId: ctx.structureId,
        ids: rows.map((r) => r.idExterne),
      })
      .getMany();
    const byId = new Map(existing.map((j) => [j.idExterne!, j]));
    const conseillers = await refs.conseillersByEmail();
    const plan = new ImportPlan(importStaging(m), now);
    const out: ImportLigne[] = [];
    for (const row of rows) {
      const current = byId.get(row.idExterne);
      try {
        const full = mergeSaisie(current ?? SAISIE_PAR_DEFAUT, row.saisie);
        if (row.conseillerEmail !== undefined) {
          const id = row.conseillerEmail ? conseillers.get(row.conseillerEmail) : null;
          if (id === undefined) {
            throw DomainError.invalid(
              'conseillerId',
              `Aucun conseiller actif « ${row.conseillerEmail} » dans votre Mission Locale.`,
            );
          }
          full.conseillerId = id;
        }
        // The age rule holds on the registration day: today for a new jeune.
        const inscription = current?.createdAt ?? now;
        const derivees = await deriveValues(full, refs, inscription, current, row.telephone);
        const values = new ImportValues(full, derivees);
        out.push(current ? plan.update(row, current, values) : plan.create(row, values));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        out.push(
          rejected({ ...row, colonne: columnOf(error.field, header), motif: error.message }),
        );
      }
    }
    await plan.write({ ...ctx, now });
    return out;
  }
}
