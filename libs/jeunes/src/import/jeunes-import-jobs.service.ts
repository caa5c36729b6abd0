import { AuthUser, Clock, DomainError, JOB, jobId, QUEUE } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { JeuneActor } from '../audit/jeune-audit.service';
import { JeuneImport } from '../entities/jeune-import.entity';
import { JeuneImportMorceau } from '../entities/jeune-import-morceau.entity';
import { ImportReport, JeunesImportService } from './jeunes-import.service';

/** Largest file accepted (the import itself streams; the upload waits in the database). */
export const IMPORT_MAX_BYTES = 100_000_000;
/** Bytes per stored piece of an upload. */
const MORCEAU = 1_000_000;

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

  /**
   * Stores the upload piece by piece as it arrives (MORCEAU bytes each), after its header was
   * checked, then queues the job: neither the request nor the file is ever whole in memory.
   */
  async soumettre(input: Readable, ctx: { structureId: string; actor: JeuneActor }) {
    const repo = this.dataSource.getRepository(JeuneImport);
    const morceaux = this.dataSource.getRepository(JeuneImportMorceau);
    let id: string | undefined;
    let rang = 0;
    let octets = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const ecrire = async () => {
      const donnees = Buffer.concat(pending);
      pending = [];
      pendingBytes = 0;
      if (id === undefined) {
        // What can be said at once is said at once: an empty file, a missing column.
        await this.importer.checkFile(donnees);
        id = (
          await repo.save({
            structureId: ctx.structureId,
            actorUserId: ctx.actor.userId,
            actorRole: ctx.actor.role,
            statut: 'en_attente' as const,
            fichier: null,
            octets: 0,
            createdAt: this.clock.now(),
          })
        ).id;
      }
      await morceaux.insert({ importId: id, rang: rang++, donnees });
    };
    try {
      for await (const chunk of input) {
        octets += (chunk as Buffer).length;
        if (octets > IMPORT_MAX_BYTES) {
          input.destroy();
          throw new DomainError(
            'PAYLOAD_TOO_LARGE',
            `Le fichier dépasse ${Math.round(IMPORT_MAX_BYTES / 1e6)} Mo : découpez-le en plusieurs imports.`,
          );
        }
        pending.push(chunk as Buffer);
        pendingBytes += (chunk as Buffer).length;
        if (pendingBytes >= MORCEAU) await ecrire();
      }
      if (pendingBytes > 0 || id === undefined) await ecrire();
    } catch (error) {
      // An upload cut short or refused leaves nothing behind (the pieces go with the row).
      if (id !== undefined) await repo.delete(id);
      throw error;
    }
    await repo.update(id!, { octets });
    await this.queue.add(
      JOB.IMPORT_JEUNES,
      { importId: id! },
      { jobId: jobId(JOB.IMPORT_JEUNES, id!) },
    );
    return this.statut(id!, ctx.structureId);
  }

  /** The stored file, piece after piece (two in memory at most). */
  private async *lire(importId: string): AsyncGenerator<Buffer> {
    const morceaux = this.dataSource.getRepository(JeuneImportMorceau);
    const charger = (rang: number) => {
      const lu = morceaux.findOneBy({ importId, rang });
      lu.catch(() => undefined); // awaited below; a reader that stops early leaves it unheard
      return lu;
    };
    // The next piece is read while this one is parsed: the parser never waits for the database.
    let suivant = charger(0);
    for (let rang = 0; ; rang++) {
      const morceau = await suivant;
      if (!morceau) return;
      suivant = charger(rang + 1);
      yield morceau.donnees;
    }
  }

  /** The job's handler. */
  async executer(importId: string): Promise<{ statut: string }> {
    const repo = this.dataSource.getRepository(JeuneImport);
    const row = await repo
      .createQueryBuilder('i')
      .addSelect('i.fichier')
      .where('i.id = :importId', { importId })
      .getOne();
    const morceaux = this.dataSource.getRepository(JeuneImportMorceau);
    const stocke = row && (row.fichier !== null || (await morceaux.existsBy({ importId })));
    if (!row || row.statut === 'termine' || row.statut === 'echec' || !stocke) {
      return { statut: row?.statut ?? 'absent' };
    }
    // Files stored whole by an earlier version are still read.
    const fichier = row.fichier ? Readable.from([row.fichier]) : Readable.from(this.lire(importId));
    await repo.update(importId, { statut: 'en_cours', startedAt: this.clock.now() });
    const ctx = {
      structureId: row.structureId,
      actor: { userId: row.actorUserId, role: row.actorRole },
    };
    try {
      const rapport = await this.importer.import(fichier, ctx, {
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
      await morceaux.delete({ importId });
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
      await morceaux.delete({ importId });
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
