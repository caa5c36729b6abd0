import { AuthUser, Clock, DOMAIN_EVENT, DomainError, OutboxService, Role } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, MoreThanOrEqual, Repository } from 'typeorm';
import { OffreLifecycleService } from './lifecycle/offre-lifecycle.service';
import { OffreTransition } from './lifecycle/offre-transition.entity';
import { OffreAction } from './lifecycle/offre-transitions';
import { CreateOffreDto, UpdateOffreDto } from './offre.dto';
import { Offre } from './offre.entity';
import { checkOffreRules, CRITERES_MATCHING } from './offre-rules';
import { OFFRE_OUVERTE, OffreStatut, STATUT_LIBELLE } from './offre-statut';
import { OffrePlaceService } from './offre-place.service';

const DUPLICATE_WINDOW_DAYS = 30;
const EDITABLE = [OffreStatut.BROUILLON, OffreStatut.A_VALIDER, OffreStatut.PUBLIEE];

@Injectable()
export class OffresService {
  constructor(
    @InjectRepository(Offre) private readonly offres: Repository<Offre>,
    @InjectRepository(OffreTransition) private readonly transitions: Repository<OffreTransition>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entreprises: EntreprisesService,
    private readonly place: OffrePlaceService,
    private readonly lifecycle: OffreLifecycleService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateOffreDto, user: AuthUser): Promise<Offre> {
    const entreprise = await this.entreprises.getForUser(dto.entrepriseId, user);
    const etat = dto.etat ?? OffreStatut.BROUILLON;
    if (etat === OffreStatut.PUBLIEE && user.role === Role.EMPLOYEUR) {
      throw new DomainError(
        'FORBIDDEN',
        "Une offre d'employeur est validée par la Mission Locale avant publication.",
        {
          field: 'etat',
        },
      );
    }
    const { confirmerDoublon, etat: _etat, ...fields } = dto;
    const values = {
      ...fields,
      natureContrat: dto.natureContrat ?? 'E1',
      tempsPartiel: dto.tempsPartiel ?? dto.heuresHebdo < 35,
      nombrePostes: dto.nombrePostes ?? 1,
      experience: dto.experience ?? 'D',
      ouverteMineurs: dto.ouverteMineurs ?? !dto.travailNuit,
      distanceMaxKm: dto.distanceMaxKm ?? 30,
      candidatsSouhaites: dto.candidatsSouhaites ?? 2,
      dureeValeur: dto.dureeValeur ?? null,
      dureeUnite: dto.dureeUnite ?? null,
      salaireMontant: dto.salaireMontant ?? null,
      salaireUnite: dto.salaireUnite ?? null,
      travailNuit: dto.travailNuit ?? false,
      ...(await this.place.resolve(
        dto.codeRome,
        dto.codeAppellation,
        dto.communeInsee ?? entreprise.communeInsee,
      )),
    };
    const now = this.clock.now();
    checkOffreRules(values, now);
    if (!confirmerDoublon)
      await this.assertNoDuplicate(entreprise.id, values.codeRome, values.communeInsee, now);

    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Offre);
      const offre = await repo.save(
        repo.create({
          ...values,
          structureId: entreprise.structureId,
          createdById: user.id,
          lastActivityAt: now,
        }),
      );
      const acting = { user, role: user.role };
      await this.lifecycle.log(manager, offre, 'creation', null, acting, null);
      if (etat === OffreStatut.A_VALIDER)
        return this.lifecycle.apply(offre.id, OffreAction.SOUMETTRE, acting, {}, manager);
      if (etat === OffreStatut.PUBLIEE)
        return this.lifecycle.apply(offre.id, OffreAction.PUBLIER, acting, {}, manager);
      return offre;
    });
  }

  /** Editing a published offer keeps it published; the log records what changed. */
  async update(id: string, dto: UpdateOffreDto, user: AuthUser): Promise<Offre> {
    const current = await this.getForUser(id, user);
    if (!EDITABLE.includes(current.statut)) {
      throw new DomainError(
        'OFFRE_TRANSITION_INTERDITE',
        `Une offre ${STATUT_LIBELLE[current.statut]} ne se modifie pas : rouvrez-la d'abord.`,
        { details: { statut: current.statut } },
      );
    }
    const next: Offre = { ...current, ...dto } as Offre;
    if (dto.codeRome || dto.codeAppellation !== undefined || dto.communeInsee) {
      Object.assign(
        next,
        await this.place.resolve(
          next.codeRome,
          next.codeAppellation ?? undefined,
          next.communeInsee,
        ),
      );
    }
    if (dto.heuresHebdo !== undefined && dto.tempsPartiel === undefined)
      next.tempsPartiel = next.heuresHebdo < 35;
    const now = this.clock.now();
    checkOffreRules(next, now, {
      dateDebutChanged: dto.dateDebut !== undefined && dto.dateDebut !== current.dateDebut,
    });

    const changes: Record<string, { avant: unknown; apres: unknown }> = {};
    for (const key of Object.keys(dto).concat(['lat', 'lon']) as (keyof Offre)[]) {
      if (next[key] !== current[key]) changes[key] = { avant: current[key], apres: next[key] };
    }
    if (Object.keys(changes).length === 0) return current;
    const matchingChanged = CRITERES_MATCHING.some((k) => k in changes);

    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Offre);
      const patch: Partial<Offre> = Object.fromEntries(
        Object.entries(changes).map(([k, v]) => [k, v.apres]),
      );
      patch.lastActivityAt = now;
      if (matchingChanged) patch.versionCriteres = current.versionCriteres + 1;
      // The row version guards against an edit made between our read and this write.
      const result = await repo.update({ id, rowVersion: current.rowVersion }, patch);
      if (!result.affected) {
        throw new DomainError(
          'CONCURRENT_UPDATE',
          "L'offre vient d'être modifiée par quelqu'un d'autre : rechargez-la.",
        );
      }
      const saved = await repo.findOneByOrFail({ id });
      await this.lifecycle.log(
        manager,
        saved,
        'modification',
        current.statut,
        { user, role: user.role },
        null,
        changes,
      );
      if (matchingChanged && saved.statut === OffreStatut.PUBLIEE) {
        await this.outbox.record(manager, DOMAIN_EVENT.OFFRE_CRITERES_MODIFIES, id, {
          offreId: id,
          version: saved.versionCriteres,
        });
      }
      return saved;
    });
  }

  /** Staff see their structure's offers; an employer its entreprises' offers. Others: 404. */
  async getForUser(id: string, user: AuthUser): Promise<Offre> {
    const offre = await this.offres.findOneBy({ id, structureId: user.structureId });
    if (!offre) throw DomainError.notFound("L'offre");
    const allowed = await this.entreprises.accessibleEntrepriseIds(user);
    if (allowed && !allowed.includes(offre.entrepriseId)) throw DomainError.notFound("L'offre");
    return offre;
  }

  /** System-level (no tenancy check): the caller has checked access. */
  getById(id: string, manager?: EntityManager): Promise<Offre | null> {
    return (manager ? manager.getRepository(Offre) : this.offres).findOneBy({ id });
  }

  /** Titles only, many at once, system-level (the caller has checked access). */
  async titresParIds(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.offres.find({
      select: { id: true, titre: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(rows.map((o) => [o.id, o.titre]));
  }

  async history(id: string, user: AuthUser): Promise<OffreTransition[]> {
    await this.getForUser(id, user);
    return this.transitions.find({ where: { offreId: id }, order: { at: 'ASC' } });
  }

  /**
   * Read-only, for the matcher: published offers by ids and/or structures, in pages by id
   * (`afterId`). An offer that is not published is simply absent.
   */
  findPublishedForMatching(filter: {
    ids?: string[];
    structureIds?: string[];
    afterId?: string;
    limit?: number;
  }): Promise<Offre[]> {
    const qb = this.offres
      .createQueryBuilder('o')
      .where('o.statut = :statut', { statut: OffreStatut.PUBLIEE });
    if (filter.ids) qb.andWhere('o.id = ANY(:ids)', { ids: filter.ids });
    if (filter.structureIds)
      qb.andWhere('o.structureId = ANY(:sids)', { sids: filter.structureIds });
    if (filter.afterId) qb.andWhere('o.id > :afterId', { afterId: filter.afterId });
    return qb
      .orderBy('o.id', 'ASC')
      .limit(filter.limit ?? 1000)
      .getMany();
  }

  private async assertNoDuplicate(
    entrepriseId: string,
    codeRome: string,
    communeInsee: string,
    now: Date,
  ) {
    const since = new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000);
    const doublons = await this.offres.find({
      where: {
        entrepriseId,
        codeRome,
        communeInsee,
        statut: In(OFFRE_OUVERTE),
        createdAt: MoreThanOrEqual(since),
      },
      order: { createdAt: 'DESC' },
    });
    if (doublons.length === 0) return;
    throw new DomainError(
      'OFFRE_DOUBLON',
      `Une offre semblable (même métier, même commune) est déjà en cours pour cette entreprise : « ${doublons[0].titre} ». ` +
        'Renvoyez la demande avec « confirmerDoublon » à vrai pour la créer quand même.',
      {
        details: {
          doublons: doublons.map((d) => ({
            id: d.id,
            titre: d.titre,
            statut: d.statut,
            createdAt: d.createdAt,
          })),
        },
      },
    );
  }
}
