import { AuthUser, Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PmsmpParametres } from '../entities/pmsmp-parametres.entity';
import { PmsmpConfig } from '../pmsmp.config';

/** Where the structure says so: validation in two steps (visa, then director). */
@Injectable()
export class PmsmpParametresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: PmsmpConfig,
    private readonly clock: Clock,
  ) {}

  async lire(structureId: string, m: EntityManager = this.dataSource.manager) {
    const row = await m.getRepository(PmsmpParametres).findOneBy({ structureId });
    return {
      validationDeuxEtapes: row?.validationDeuxEtapes ?? this.config.PMSMP_VALIDATION_DEUX_ETAPES,
    };
  }

  async ecrire(user: AuthUser, validationDeuxEtapes: boolean) {
    await this.dataSource.getRepository(PmsmpParametres).upsert(
      {
        structureId: user.structureId,
        validationDeuxEtapes,
        updatedAt: this.clock.now(),
        updatedBy: user.id,
      },
      ['structureId'],
    );
    return this.lire(user.structureId);
  }
}
