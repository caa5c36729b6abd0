import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConventionStatut } from '../domain/pmsmp-codes';
import { Convention } from '../entities/convention.entity';

/** Counts for other modules' dashboards (the CRE's "à traiter"). */
@Injectable()
export class ConventionsCompteursService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Signed by every party, waiting for the Mission Locale's validation. */
  aValider(structureId: string): Promise<number> {
    return this.dataSource
      .getRepository(Convention)
      .countBy({ structureId, statut: ConventionStatut.SIGNEE });
  }
}
