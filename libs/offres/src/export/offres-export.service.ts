import { AuthUser } from '@app/core';
import { Injectable } from '@nestjs/common';
import { PassThrough, Readable } from 'node:stream';
import { Offre } from '../offre.entity';
import { OffreFiltresDto } from '../offre-query.dto';
import { OffresQueryService } from '../offres-query.service';
import { csvLine, ENTETE, ligne, xlsxWriter } from './offres-export';

/** Rows read from the database per batch (and per entreprise-name lookup). */
const BATCH = 500;

/**
 * The list's offers, every page, as CSV or XLSX, streamed: rows are read in batches (pages of the
 * list's own sorted query) and written as they come, so 10,000 offers never sit in memory.
 */
@Injectable()
export class OffresExportService {
  constructor(private readonly query: OffresQueryService) {}

  async export(q: OffreFiltresDto, format: 'csv' | 'xlsx', user: AuthUser): Promise<Readable> {
    // Built (and validated: an unknown commune is a 400) before the response starts.
    await this.query.filtered(q, user);
    const out = new PassThrough();
    const lignes = this.lignes(q, user);
    void (async () => {
      if (format === 'csv') {
        out.write('\uFEFF' + csvLine(ENTETE));
        for await (const cells of lignes) {
          if (out.destroyed) return; // the client went away: stop reading
          if (!out.write(csvLine(cells))) await drain(out);
        }
        out.end();
      } else {
        const xlsx = xlsxWriter(out);
        for await (const cells of lignes) {
          if (out.destroyed) return;
          xlsx.add(cells);
        }
        await xlsx.end();
      }
    })().catch((error: Error) => out.destroy(error));
    return out;
  }

  private async *lignes(q: OffreFiltresDto, user: AuthUser) {
    for (let offset = 0; ; offset += BATCH) {
      const qb = await this.query.filtered(q, user);
      const rows: Offre[] = await qb.skip(offset).take(BATCH).getMany();
      const noms = await this.query.nomsEntreprises(user.structureId, rows);
      for (const o of rows) yield ligne(o, noms.get(o.entrepriseId) ?? '');
      if (rows.length < BATCH) return;
    }
  }
}

/** Resumes when the client has read enough, or when it went away (the loop then stops). */
const drain = (s: PassThrough) =>
  new Promise<void>((resolve) => {
    s.once('drain', resolve);
    s.once('close', resolve);
  });
