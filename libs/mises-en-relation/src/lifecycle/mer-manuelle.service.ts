import { AuthUser } from '@app/core';
import { JeunesService } from '@app/jeunes';
import { PropositionsService } from '@app/matching';
import { OffresService } from '@app/offres';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerCreationService } from './mer-creation.service';
import { transaction } from './mer-tx';

/**
 * A CRE proposes a jeune by hand: the proposal is the matcher's (it holds the same slots and
 * the same unique (offer, jeune) key, so a jeune already proposed, discarded or declined is a
 * 409) and its MER, `proposee`, is created in the same transaction: the CRE gets it at once, and
 * the `proposition.creee` handled later by the worker finds it there.
 */
@Injectable()
export class MerManuelleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offres: OffresService,
    private readonly jeunes: JeunesService,
    private readonly propositions: PropositionsService,
    private readonly creation: MerCreationService,
  ) {}

  async proposer(
    offreId: string,
    jeuneId: string,
    user: AuthUser,
    commentaire?: string,
  ): Promise<MiseEnRelation> {
    await this.offres.getForUser(offreId, user);
    const jeune = await this.jeunes.getForUser(jeuneId, user);
    return transaction(this.dataSource, async (m) => {
      const p = await this.propositions.proposerManuellement(offreId, jeuneId, jeune.structureId, {
        motif: commentaire,
        manager: m,
      });
      return (await this.creation.creer(m, p))!;
    });
  }
}
