import { AuthUser, Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MerStatut } from '../lifecycle/mer-statut';
import { SUIVI_MOIS, SuiviMois, SuiviReponse } from './mer-suivi.entity';
import { debutJourParis } from './mer-suivi-echeances';

export interface SuiviEcheanceStats {
  mois: SuiviMois;
  /** Checks (employer and jeune) due by now, sent, answered. */
  suivisDus: number;
  suivisEnvoyes: number;
  suivisRepondus: number;
  /** Hires whose check is due by now, and those with an answer (employer's, else the jeune's). */
  recrutementsDus: number;
  recrutementsRenseignes: number;
  enPoste: number;
  plusEnPoste: number;
  /** enPoste / recrutementsRenseignes (0 to 1, three decimals); null without any answer. */
  partEnPoste: number | null;
  /** Where the figure of each hire came from. */
  selonEmployeur: number;
  selonJeune: number;
}

export interface SuiviStatistiques {
  annee: number;
  /** Hires recorded in the year (Paris time) by the structure's MERs. */
  recrutements: number;
  echeances: SuiviEcheanceStats[];
}

/** The yearly report's "did the job hold" figures, for the hires of a calendar year. */
@Injectable()
export class MerSuiviStatistiquesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async statistiques(user: AuthUser, annee: number): Promise<SuiviStatistiques> {
    const from = debutJourParis(`${annee}-01-01`)!;
    const to = debutJourParis(`${annee + 1}-01-01`)!;
    const now = this.clock.now();
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM mises_en_relation
       WHERE structure_id = $1 AND statut = $2 AND statut_at >= $3 AND statut_at < $4`,
      [user.structureId, MerStatut.RECRUTEE, from, to],
    );
    const rows: {
      mois: number;
      dus: number;
      envoyes: number;
      repondus: number;
      employeur: SuiviReponse | null;
      jeune: SuiviReponse | null;
    }[] = await this.dataSource.query(
      `SELECT mois, mer_id,
         count(*) FILTER (WHERE due_at <= $4)::int AS dus,
         count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS envoyes,
         count(*) FILTER (WHERE reponse IS NOT NULL)::int AS repondus,
         max(reponse) FILTER (WHERE repondant = 'employeur') AS employeur,
         max(reponse) FILTER (WHERE repondant = 'jeune') AS jeune
       FROM mer_suivis
       WHERE structure_id = $1 AND recrute_at >= $2 AND recrute_at < $3
       GROUP BY mois, mer_id`,
      [user.structureId, from, to, now],
    );
    const echeances = SUIVI_MOIS.map((mois) => {
      const s: SuiviEcheanceStats = {
        mois,
        suivisDus: 0,
        suivisEnvoyes: 0,
        suivisRepondus: 0,
        recrutementsDus: 0,
        recrutementsRenseignes: 0,
        enPoste: 0,
        plusEnPoste: 0,
        partEnPoste: null,
        selonEmployeur: 0,
        selonJeune: 0,
      };
      for (const r of rows.filter((x) => Number(x.mois) === mois)) {
        s.suivisDus += r.dus;
        s.suivisEnvoyes += r.envoyes;
        s.suivisRepondus += r.repondus;
        if (r.dus > 0) s.recrutementsDus++;
        const reponse = r.employeur ?? r.jeune;
        if (!reponse) continue;
        s.recrutementsRenseignes++;
        if (r.employeur) s.selonEmployeur++;
        else s.selonJeune++;
        if (reponse === 'en_poste') s.enPoste++;
        else s.plusEnPoste++;
      }
      s.partEnPoste = s.recrutementsRenseignes
        ? Math.round((s.enPoste / s.recrutementsRenseignes) * 1000) / 1000
        : null;
      return s;
    });
    return { annee, recrutements: n, echeances };
  }

  anneeCourante(): number {
    return Number(
      this.clock.now().toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric' }),
    );
  }
}
