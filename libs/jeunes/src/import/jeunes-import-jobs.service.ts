import { AuthUser, Clock, DomainError, JOB, jobId, QUEUE } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { JeuneActor } from '../audit/jeune-audit.service';
import { JeuneImport } from '../entities/jeune-import.entity';
import { ImportReport, JeunesImportService } from './jeunes-import.service';

/** Largest file accepted (the import itself streams; the upload waits in the database). */
export const IMPORT_MAX_BYTES = 100_000_000;

export interface ImportStatus {
  id: string;
  statut: JeuneImport['statut'];
  octets: number;
  lignesLues: number;
  erreur: string | null;
  creeLe: Date;
  debuteLe: Date | null;
  termineLe: Date | null;
  rapport?: ImportReport;
}

/**
 * CSV imports as background jobs: the API stores the file and answers 202 with a status
 * resource; the worker runs the import (job id = import id, so a retry or a duplicate trigger
 * is the same job; rows are upserted by external id, so running it again changes nothing).
 */
@Injectable()
export class JeunesImportJobs {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.MAINTENANCE) private readonly queue: Queue,
    private readonly importer: JeunesImportService,
    private readonly clock: Clock,
  ) {}

  async soumettre(input: Readable, ctx: { structureId: string; actor: JeuneActor }) {
    const fichier = await readAll(input, IMPORT_MAX_BYTES);
    // What can be said at once is said at once: an empty file, a missing column.
    await this.importer.checkFile(fichier);
    const repo = this.dataSource.getRepository(JeuneImport);
    const row = await repo.save({
      structureId: ctx.structureId,
      actorUserId: ctx.actor.userId,
      actorRole: ctx.actor.role,
      statut: 'en_attente' as const,
      fichier,
      octets: fichier.length,
      createdAt: this.clock.now(),
    });
    await this.queue.add(
      JOB.IMPORT_JEUNES,
      { importId: row.id },
      { jobId: jobId(JOB.IMPORT_JEUNES, row.id) },
    );
    return this.statut(row.id, ctx.structureId);
  }

  /** The job's handler. */
  async executer(importId: string): Promise<{ statut: string }> {
    const repo = this.dataSource.getRepository(JeuneImport);
    const row = await repo
      .createQueryBuilder('i')
      .addSelect('i.fichier')
      .where('i.id = :importId', { importId })
      .getOne();
    if (!row || row.statut === 'termine' || row.statut === 'echec' || !row.fichier) {
      return { statut: row?.statut ?? 'absent' };
    }
    await repo.update(importId, { statut: 'en_cours', startedAt: this.clock.now() });
    const ctx = {
      structureId: row.structureId,
      actor: { userId: row.actorUserId, role: row.actorRole },
    };
    try {
      const rapport = await this.importer.import(Readable.from([row.fichier]), ctx, {
        maxBytes: IMPORT_MAX_BYTES,
        onProgress: (lignesLues) => repo.update(importId, { lignesLues }).then(() => undefined),
      });
      await repo.update(importId, {
        statut: 'termine',
        rapport,
        fichier: null,
        lignesLues: rapport.total,
        finishedAt: this.clock.now(),
      });
      return { statut: 'termine' };
    } catch (error) {
      // A file the import cannot read fails for good (retrying reads the same bytes).
      if (!(error instanceof DomainError)) throw error;
      await repo.update(importId, {
        statut: 'echec',
        erreur: error.message,
        fichier: null,
        finishedAt: this.clock.now(),
      });
      return { statut: 'echec' };
    }
  }

  async statut(id: string, structureId: string, lignes?: 'rejets'): Promise<ImportStatus> {
    const row = await this.dataSource
      .getRepository(JeuneImport)
      .createQueryBuilder('i')
      .addSelect('i.rapport')
      .where('i.id = :id AND i.structureId = :structureId', { id, structureId })
      .getOne();
    if (!row) throw DomainError.notFound("L'import");
    const rapport = row.rapport as ImportReport | null;
    return {
      id: row.id,
      statut: row.statut,
      octets: row.octets,
      lignesLues: row.lignesLues,
      erreur: row.erreur,
      creeLe: row.createdAt,
      debuteLe: row.startedAt,
      termineLe: row.finishedAt,
      ...(rapport
        ? {
            rapport:
              lignes === 'rejets'
                ? { ...rapport, lignes: rapport.lignes.filter((l) => l.statut === 'rejete') }
                : rapport,
          }
        : {}),
    };
  }

  forUser(id: string, user: AuthUser, lignes?: 'rejets') {
    return this.statut(id, user.structureId, lignes);
  }
}

async function readAll(input: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      input.destroy();
      throw new DomainError(
        'PAYLOAD_TOO_LARGE',
        `Le fichier dépasse ${Math.round(maxBytes / 1e6)} Mo : découpez-le en plusieurs imports.`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
