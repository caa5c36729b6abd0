import { Clock, JOB, jobId, QUEUE } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, In } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerLifecycleService } from '../lifecycle/mer-lifecycle.service';
import { MerStatut } from '../lifecycle/mer-statut';
import { MerRelanceService } from '../lifecycle/mer-relance.service';
import { MerAction } from '../lifecycle/mer-transitions';
import { transaction } from '../lifecycle/mer-tx';
import { MerConfig } from '../mer.config';
import { MerNotifier } from '../notifications/mer-notifier.service';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Echeance = 'relance' | 'expiration' | null;

/**
 * Reminders and timeouts, by a scheduled sweep with the injected clock (as the offers' expiry):
 * the sweep queues one job per MER that has something due (job id: MER, status, reminders sent),
 * the job reloads the MER and does what is due then, so a replay does nothing twice.
 */
@Injectable()
export class MerEcheancesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.MAINTENANCE) private readonly maintenance: Queue,
    private readonly lifecycle: MerLifecycleService,
    private readonly notifier: MerNotifier,
    private readonly relances: MerRelanceService,
    private readonly config: MerConfig,
    private readonly clock: Clock,
  ) {}

  async sweep(): Promise<{ dues: number }> {
    const waiting = await this.dataSource.getRepository(MiseEnRelation).find({
      where: { statut: In([MerStatut.RETENUE, MerStatut.TRANSMISE_EMPLOYEUR]) },
    });
    const due = waiting.filter((mer) => this.echeance(mer) !== null);
    for (const mer of due) {
      await this.maintenance.add(
        JOB.MER_ECHEANCE,
        { merId: mer.id },
        {
          jobId: jobId(
            JOB.MER_ECHEANCE,
            mer.id,
            mer.statut,
            String(mer.statutAt.getTime()),
            String(mer.relances),
          ),
        },
      );
    }
    return { dues: due.length };
  }

  /** What is due now for this MER. */
  echeance(mer: MiseEnRelation): Echeance {
    const age = this.clock.now().getTime() - mer.statutAt.getTime();
    const c = this.config;
    if (mer.statut === MerStatut.RETENUE) {
      if (age >= c.MER_DELAI_JEUNE_JOURS * DAY) return 'expiration';
      return mer.relances === 0 && age >= c.MER_RELANCE_JEUNE_HEURES * HOUR ? 'relance' : null;
    }
    if (mer.statut === MerStatut.TRANSMISE_EMPLOYEUR) {
      if (age >= c.MER_DELAI_EMPLOYEUR_JOURS * DAY) return 'expiration';
      const paliers = [c.MER_RELANCE_EMPLOYEUR_1_JOURS, c.MER_RELANCE_EMPLOYEUR_2_JOURS];
      const atteints = paliers.filter((j) => age >= j * DAY).length;
      return atteints > mer.relances ? 'relance' : null;
    }
    return null;
  }

  async traiter(merId: string): Promise<Echeance | 'rien'> {
    return transaction(this.dataSource, async (m) => {
      const mer = await m
        .getRepository(MiseEnRelation)
        .findOne({ where: { id: merId }, lock: { mode: 'pessimistic_write' } });
      const due = mer ? this.echeance(mer) : null;
      if (!mer || !due) return 'rien';
      if (due === 'relance') {
        mer.relances += 1;
        await m.getRepository(MiseEnRelation).update({ id: mer.id }, { relances: mer.relances });
        if (mer.statut === MerStatut.RETENUE) await this.notifier.proposition(m, mer, 'relance');
        else {
          await this.notifier.candidat(m, mer, mer.relances);
          await this.relances.enregistrer(m, mer, 'auto', null);
        }
        return due;
      }
      if (mer.statut === MerStatut.RETENUE) {
        await this.lifecycle.apply(
          m,
          mer.id,
          MerAction.EXPIRER_JEUNE,
          { role: 'system' },
          {
            motif: `Sans réponse du jeune après ${this.config.MER_DELAI_JEUNE_JOURS} jours`,
          },
        );
        return due;
      }
      const { mer: after } = await this.lifecycle.apply(
        m,
        mer.id,
        MerAction.EXPIRER_EMPLOYEUR,
        { role: 'system' },
        {
          motif: `Sans réponse de l'employeur après ${this.config.MER_DELAI_EMPLOYEUR_JOURS} jours`,
        },
      );
      await this.demanderAppel(m, after);
      return due;
    });
  }

  /** The CRE who kept the MER (else nobody: it shows in the "waiting on the CRE" list). */
  private async demanderAppel(m: import('typeorm').EntityManager, mer: MiseEnRelation) {
    if (!mer.creId) return;
    const { offre, entreprise } = await this.notifier.contexte(mer, m);
    const nom = await this.notifier.jeuneNom(mer);
    await this.notifier.information(
      m,
      mer,
      `mer.appeler-employeur:${mer.id}`,
      { userId: mer.creId },
      {
        sujet: `À appeler : ${entreprise}, « ${offre.titre} »`,
        titre: 'L’employeur n’a pas répondu',
        paragraphes: [
          'Bonjour,',
          `${entreprise} n’a pas répondu pour la candidature de ${nom} (« ${offre.titre} »), malgré deux relances.`,
          'Pouvez-vous l’appeler et noter sa réponse ?',
        ],
        lien: this.notifier.lienApi(mer),
        libelleLien: 'Voir la mise en relation',
      },
    );
  }
}
