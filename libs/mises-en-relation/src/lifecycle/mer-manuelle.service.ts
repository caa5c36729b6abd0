import { AuthUser } from '@app/core';
import { JeunesService } from '@app/jeunes';
import { PropositionsService } from '@app/matching';
import { OffresService } from '@app/offres';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerMaterialisationService } from './mer-materialisation.service';

/**
 * A CRE proposes a jeune by hand: the proposal is the matcher's (it holds the same slots and
 * the same unique (offer, jeune) key, so a jeune already proposed, discarded or declined is a
 * 409), then the MER is created from it like any other, `proposee`, ready to be kept.
 */
@Injectable()
export class MerManuelleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offres: OffresService,
    private readonly jeunes: JeunesService,
    private readonly propositions: PropositionsService,
    private readonly materialisation: MerMaterialisationService,
  ) {}

  async proposer(
    offreId: string,
    jeuneId: string,
    user: AuthUser,
    commentaire?: string,
  ): Promise<MiseEnRelation> {
    await this.offres.getForUser(offreId, user);
    const jeune = await this.jeunes.getForUser(jeuneId, user);
    const p = await this.propositions.proposerManuellement(offreId, jeuneId, jeune.structureId, {
      motif: commentaire,
    });
    await this.materialisation.synchroniser(user.structureId);
    return this.dataSource.getRepository(MiseEnRelation).findOneByOrFail({ propositionId: p.id });
  }
}
