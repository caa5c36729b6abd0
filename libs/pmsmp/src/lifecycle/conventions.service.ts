import { StructuresService, UsersService } from '@app/accounts';
import { AuthUser, Clock, DomainError } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { JeunesService } from '@app/jeunes';
import { ReferentielsService } from '@app/referentiels';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CreateConventionDto, ModifierConventionDto } from '../api/convention.dto';
import { ConventionContenu } from '../domain/convention-contenu';
import { empreinteConvention } from '../domain/empreinte';
import { ConventionStatut as S, Objectif } from '../domain/pmsmp-codes';
import { Convention } from '../entities/convention.entity';
import { Signature } from '../entities/signature.entity';
import { Verification } from '../rules/verifier-convention';
import { SignatureLinksService } from '../signatures/signature-links.service';
import { construireContenu, modifiables, SourcesConvention } from './convention-builder';
import { ConventionLifecycleService } from './convention-lifecycle.service';
import { ConventionOrigineService } from './convention-origine.service';
import { ConventionAction } from './convention-transitions';
import { ConventionVerificationService } from './convention-verification.service';

/** Creating, editing and renewing agreements (the rules, the optimistic lock, the log). */
@Injectable()
export class ConventionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jeunes: JeunesService,
    private readonly entreprises: EntreprisesService,
    private readonly structures: StructuresService,
    private readonly users: UsersService,
    private readonly referentiels: ReferentielsService,
    private readonly verification: ConventionVerificationService,
    private readonly lifecycle: ConventionLifecycleService,
    private readonly liens: SignatureLinksService,
    private readonly origine: ConventionOrigineService,
    private readonly clock: Clock,
  ) {}

  async creer(user: AuthUser, dto: CreateConventionDto): Promise<Convention> {
    if ((dto.offreId || dto.merId) && dto.objectif !== Objectif.RECRUTER) {
      throw DomainError.invalid(
        dto.offreId ? 'offreId' : 'merId',
        'Une convention issue d’une offre ou d’une mise en relation a pour objectif d’initier un recrutement.',
      );
    }
    const offreId = await this.origine.verifier(user, dto);
    const sources = await this.sources(user, dto.jeuneId, dto.entrepriseId);
    const { jeune, entreprise } = sources;
    const contenu = construireContenu(dto, sources);
    return this.dataSource.transaction(async (m) => {
      const v = await this.verification.verifier(m, contenu, { jeuneId: jeune.id });
      return this.inserer(m, user, contenu, v, {
        jeuneId: jeune.id,
        entrepriseId: entreprise.id,
        offreId,
        merId: dto.merId ?? null,
        renouvellementDeId: null,
      });
    });
  }

  /** What the agreement copies: the jeune, the entreprise, the ML and the conseiller (tenancy-checked). */
  async sources(user: AuthUser, jeuneId: string, entrepriseId: string): Promise<SourcesConvention> {
    const jeune = await this.jeunes.getForUser(jeuneId, user);
    const entreprise = await this.entreprises.getForUser(entrepriseId, user);
    const structure = await this.structures.getById(user.structureId);
    const moi = await this.users.getForUser(user.id, user);
    const commune = entreprise.communeInsee
      ? await this.referentiels.getCommune(entreprise.communeInsee)
      : null;
    return {
      jeune,
      entreprise,
      communeEntreprise: commune?.nom ?? null,
      structure: structure?.nom ?? 'Mission Locale',
      conseiller: { nom: moi.nom, prenom: moi.prenom, email: moi.email },
    };
  }

  /**
   * Replaces the sections sent. Stale version → 409. After a signature, the signatures are
   * withdrawn, the agreement goes back to `a_signer` and every signatory gets a new link.
   */
  async modifier(user: AuthUser, id: string, dto: ModifierConventionDto): Promise<Convention> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.lifecycle.lock(m, id, user.structureId);
      if (dto.version !== c.version) {
        throw new DomainError(
          'CONCURRENT_UPDATE',
          `La convention a été modifiée entre-temps (version ${c.version}, vous aviez la ${dto.version}) : rechargez-la.`,
          { field: 'version', details: { version: c.version } },
        );
      }
      const { version: _v, ...sections } = dto;
      const contenu: ConventionContenu = { ...c.contenu, ...modifiables(sections) };
      if (sections.beneficiaire) Object.assign(contenu.beneficiaire, sections.beneficiaire);
      if (sections.accueil)
        Object.assign(contenu.accueil, JSON.parse(JSON.stringify(sections.accueil)));
      if (sections.telephoneConseiller)
        contenu.prescripteur.conseiller.telephone = sections.telephoneConseiller;
      const precedente = c.renouvellementDeId
        ? await m.getRepository(Convention).findOneBy({ id: c.renouvellementDeId })
        : null;
      const v = await this.verification.verifier(m, contenu, {
        jeuneId: c.jeuneId,
        id: c.id,
        renouvellementDe: precedente,
        dateDebutAvant: c.dateDebut,
      });
      const retirees = await m
        .getRepository(Signature)
        .update({ conventionId: c.id, retireeAt: IsNull() }, { retireeAt: this.clock.now() });
      this.appliquerContenu(c, contenu, v, c.version + 1);
      const signee = c.statut !== S.BROUILLON;
      await this.lifecycle.apply(
        m,
        c,
        ConventionAction.MODIFIER,
        { user, role: user.role },
        {
          to: signee ? S.A_SIGNER : S.BROUILLON,
          details: { version: c.version, signaturesRetirees: retirees.affected ?? 0 },
        },
      );
      if (signee) await this.liens.envoyer(m, c);
      return c;
    });
  }

  /** Inserts a new draft with its log row (creation and renewal). */
  async inserer(
    m: EntityManager,
    user: AuthUser,
    contenu: ConventionContenu,
    v: Verification,
    refs: Pick<Convention, 'jeuneId' | 'entrepriseId' | 'offreId' | 'merId' | 'renouvellementDeId'>,
  ): Promise<Convention> {
    const now = this.clock.now();
    const c = m.getRepository(Convention).create({
      ...refs,
      structureId: user.structureId,
      statut: S.BROUILLON,
      statutAt: now,
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
    });
    this.appliquerContenu(c, contenu, v, 1);
    c.id = (await m.query('SELECT gen_random_uuid() AS id'))[0].id;
    c.contenuSha256 = empreinteConvention(c.id, c.version, c.contenu);
    await m.getRepository(Convention).insert(c);
    await this.lifecycle.log(m, c, 'creation', null, { user, role: user.role });
    return c;
  }

  private appliquerContenu(
    c: Convention,
    contenu: ConventionContenu,
    v: Verification,
    version: number,
  ) {
    c.contenu = contenu;
    c.version = version;
    c.objectif = contenu.objectif;
    c.siret = contenu.accueil.siret;
    c.dateDebut = contenu.dateDebut;
    c.dateFin = contenu.dateFin;
    c.avertissements = v.avertissements;
    c.minutesTotal = v.totaux.minutesTotal;
    if (c.id) c.contenuSha256 = empreinteConvention(c.id, version, contenu);
  }
}
