import { AuthUser, Clock, DomainError, Role } from '@app/core';
import { readDecoupageDepartements } from '@app/referentiels';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReseauQueryDto } from '../rapport/rapport-query.dto';
import { RapportService } from '../rapport/rapport.service';
import { RapportView } from '../rapport/rapport.view';
import { Adhesion } from './adhesion.entity';

export interface ReseauView {
  national: RapportView;
  par: 'region' | 'departement';
  groupes: { code: string; nom: string; structures: number; rapport: RapportView }[];
}

/**
 * The network's figures: only structures that agreed (an admin of the structure opts in, naming
 * its department). Until a platform role exists, an admin of an agreeing structure sees them.
 */
@Injectable()
export class ReseauService {
  private departements?: Map<string, { nom: string; region: string }>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rapports: RapportService,
    private readonly clock: Clock,
  ) {}

  async adherer(user: AuthUser, departement: string): Promise<Adhesion> {
    const d = this.departement(departement);
    if (!d) throw DomainError.invalid('departement', `Département inconnu : « ${departement} ».`);
    const row = {
      structureId: user.structureId,
      departement,
      region: d.region,
      parUserId: user.id,
      adhereAt: this.clock.now(),
    };
    await this.dataSource.getRepository(Adhesion).upsert(row, ['structureId']);
    return row;
  }

  async adhesion(user: AuthUser) {
    const a = await this.dataSource
      .getRepository(Adhesion)
      .findOneBy({ structureId: user.structureId });
    return { adhere: !!a, departement: a?.departement ?? null, region: a?.region ?? null };
  }

  async retirer(user: AuthUser): Promise<void> {
    await this.dataSource.getRepository(Adhesion).delete({ structureId: user.structureId });
  }

  async reseau(user: AuthUser, q: ReseauQueryDto): Promise<ReseauView> {
    const adhesions = await this.dataSource.getRepository(Adhesion).find();
    // The platform's operator sees the network; a structure's admin only once it shares its own.
    if (
      user.role !== Role.OPERATEUR &&
      !adhesions.some((a) => a.structureId === user.structureId)
    ) {
      throw DomainError.forbidden(
        'Les chiffres du réseau sont réservés aux structures qui partagent les leurs (adhésion).',
      );
    }
    const par = q.par ?? 'region';
    const groupes = new Map<string, string[]>();
    for (const a of adhesions) {
      const code = par === 'region' ? a.region : a.departement;
      groupes.set(code, [...(groupes.get(code) ?? []), a.structureId]);
    }
    const r = await this.rapports.parGroupes(
      adhesions.map((a) => a.structureId),
      groupes,
      q,
    );
    const vues = [...groupes]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([code, ids]) => ({
        code,
        nom: this.nom(par, code),
        structures: ids.length,
        rapport: r.groupes.get(code)!,
      }));
    const national = r.ensemble;
    return { national, par, groupes: vues };
  }

  private departement(code: string) {
    this.departements ??= new Map(
      readDecoupageDepartements().map((d) => [d.code, { nom: d.nom, region: d.region }]),
    );
    return this.departements.get(code);
  }

  private nom(par: 'region' | 'departement', code: string): string {
    return par === 'departement' ? (this.departement(code)?.nom ?? code) : `Région ${code}`;
  }
}
