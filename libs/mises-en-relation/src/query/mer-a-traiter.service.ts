import { AuthUser, Clock } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { JeunesService } from '@app/jeunes';
import { MessageEvenementsService } from '@app/messaging';
import { OffresService } from '@app/offres';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MER_ATTENTE, MerStatut } from '../lifecycle/mer-statut';

/** How many introductions the home lists by name (the oldest first; the count says the rest). */
const LISTE_MAX = 20;

export interface MerAAppeler {
  id: string;
  statut: MerStatut;
  statutAt: Date;
  jeune: string;
  offreId: string;
  offre: string;
  entreprise: string;
  relances: number;
  /** The last email sent to the employer about this candidate (first sending or reminder). */
  dernierEnvoiAt: Date | null;
}

export interface MerATraiter {
  aExaminer: number;
  attenteEmployeur: number;
  attenteJeune: number;
  acceptees: number;
  aAppeler: number;
  suivisEchus: number;
  /** Waiting on the employer, oldest first, with the last reminder sent. */
  employeur: MerAAppeler[];
  /** The employer never answered despite the reminders: the CRE calls. */
  appels: MerAAppeler[];
}

/** The CRE's "à traiter" figures for the introductions (read only). */
@Injectable()
export class MerATraiterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jeunes: JeunesService,
    private readonly offres: OffresService,
    private readonly entreprises: EntreprisesService,
    private readonly messages: MessageEvenementsService,
    private readonly clock: Clock,
  ) {}

  async aTraiter(user: AuthUser): Promise<MerATraiter> {
    const sid = user.structureId;
    const rows: { statut: MerStatut; n: number }[] = await this.dataSource.query(
      `SELECT statut, count(*)::int AS n FROM mises_en_relation WHERE structure_id = $1 GROUP BY statut`,
      [sid],
    );
    const par = new Map(rows.map((r) => [r.statut, r.n]));
    const attendus = (qui: string) =>
      (Object.keys(MER_ATTENTE) as MerStatut[]).filter((s) => MER_ATTENTE[s] === qui);
    const somme = (ss: MerStatut[]) => ss.reduce((acc, s) => acc + (par.get(s) ?? 0), 0);
    const [suivisEchus, employeur, appels] = await Promise.all([
      this.suivisEchus(sid),
      this.liste(sid, attendus('employeur')),
      this.liste(sid, [MerStatut.SANS_REPONSE_EMPLOYEUR]),
    ]);
    return {
      aExaminer: par.get(MerStatut.PROPOSEE) ?? 0,
      attenteEmployeur: somme(attendus('employeur')),
      attenteJeune: somme(attendus('jeune')),
      acceptees: par.get(MerStatut.ACCEPTEE_JEUNE) ?? 0,
      aAppeler: par.get(MerStatut.SANS_REPONSE_EMPLOYEUR) ?? 0,
      suivisEchus,
      employeur,
      appels,
    };
  }

  /** Follow-ups past their date with no answer yet: the CRE checks by phone. */
  private async suivisEchus(structureId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM mer_suivis
       WHERE structure_id = $1 AND due_at <= $2 AND reponse IS NULL`,
      [structureId, this.clock.now()],
    );
    return n;
  }

  private async liste(structureId: string, statuts: MerStatut[]): Promise<MerAAppeler[]> {
    const mers = await this.dataSource.getRepository(MiseEnRelation).find({
      where: { structureId, statut: In(statuts) },
      order: { statutAt: 'ASC', id: 'ASC' },
      take: LISTE_MAX,
    });
    const envois = await this.messages.derniers(
      structureId,
      mers.map((m) => `mer.candidat:${m.id}:`),
    );
    const noms = await this.entreprises.nomsParIds(
      mers.map((m) => m.entrepriseId),
      structureId,
    );
    const out: MerAAppeler[] = [];
    for (const m of mers) {
      const [jeune, offre] = await Promise.all([
        this.jeunes.getContact(m.jeuneId),
        this.offres.getById(m.offreId),
      ]);
      const envoi = envois.get(`mer.candidat:${m.id}:`);
      out.push({
        id: m.id,
        statut: m.statut,
        statutAt: m.statutAt,
        jeune: jeune ? `${jeune.prenom} ${jeune.nom}`.trim() : '',
        offreId: m.offreId,
        offre: offre?.titre ?? '',
        entreprise: noms.get(m.entrepriseId) ?? '',
        // The counter restarts at each status change: the last email's key says which reminder it was.
        relances: Math.max(m.relances, Number(envoi?.event.split(':').pop()) || 0),
        dernierEnvoiAt: envoi?.createdAt ?? null,
      });
    }
    return out;
  }
}
