import { AuthUser, Clock, DomainError, normaliseTelephone, Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { JeuneAuditService } from '../audit/jeune-audit.service';
import { Canal, ConsentSource } from '../domain/jeune-codes';
import { JeuneConsentement } from '../entities/jeune-consentement.entity';
import { Jeune } from '../entities/jeune.entity';
import { JeuneStatutTransition } from '../entities/jeune-statut-transition.entity';
import { JeuneCreView } from '../views/jeune-cre.view';
import { JeuneConseillerView } from '../views/jeune-conseiller.view';
import { ConsentState, JeuneContact, JeuneMatching } from './jeune-public.types';

const CONSENT_COLUMNS = {
  email: { flag: 'consentEmail', at: 'consentEmailAt', source: 'consentEmailSource' },
  sms: { flag: 'consentSms', at: 'consentSmsAt', source: 'consentSmsSource' },
} as const;

/**
 * Jeunes as other modules see them: contact and consent (messaging), the matching fields
 * (matcher), scoped reads for the API. Edits are JeuneEditionService's.
 */
@Injectable()
export class JeunesService {
  constructor(
    @InjectRepository(Jeune) private readonly jeunes: Repository<Jeune>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: JeuneAuditService,
    private readonly clock: Clock,
  ) {}

  /** Scoped to the caller's structure (another structure's jeune is "not found"). */
  async getForUser(id: string, user: AuthUser): Promise<Jeune> {
    const jeune = await this.jeunes.findOneBy({ id, structureId: user.structureId });
    if (!jeune) throw DomainError.notFound('Le jeune');
    if (jeune.anonymiseAt) {
      throw new DomainError('JEUNE_ANONYMISE', 'Ce jeune a été anonymisé : son profil est effacé.');
    }
    return jeune;
  }

  /** The profile in the caller's view: full for conseillers and admins, screening for a CRE. Audited. */
  async read(id: string, user: AuthUser): Promise<JeuneConseillerView | JeuneCreView> {
    const jeune = await this.getForUser(id, user);
    const cre = user.role === Role.CRE;
    await this.audit.record(
      { userId: user.id, role: user.role },
      { jeuneId: id, structureId: jeune.structureId, action: cre ? 'lecture_cre' : 'lecture' },
    );
    const now = this.clock.now();
    return cre ? JeuneCreView.of(jeune, now) : JeuneConseillerView.of(jeune, now);
  }

  /** System-level (no tenancy check): the caller has checked access, e.g. through a mise en relation. */
  getById(id: string): Promise<Jeune | null> {
    return this.jeunes.findOneBy({ id });
  }

  /** Many at once, by id (system-level like `getById`: the caller has checked access). */
  async getByIds(ids: string[]): Promise<Map<string, Jeune>> {
    if (!ids.length) return new Map();
    const rows = await this.jeunes.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((j) => [j.id, j]));
  }

  /** Each jeune's referent conseiller, many at once (access checks over a list). */
  async conseillersParIds(ids: string[]): Promise<Map<string, string | null>> {
    if (!ids.length) return new Map();
    const rows = await this.jeunes.find({
      select: { id: true, conseillerId: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(rows.map((j) => [j.id, j.conseillerId]));
  }

  /** Names only, many at once (lists of other modules: one query, not one per row). */
  async nomsParIds(ids: string[]): Promise<Map<string, { prenom: string; nom: string }>> {
    if (!ids.length) return new Map();
    const rows = await this.jeunes.find({
      select: { id: true, prenom: true, nom: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(rows.map((j) => [j.id, { prenom: j.prenom ?? '', nom: j.nom ?? '' }]));
  }

  async getContact(jeuneId: string): Promise<JeuneContact | null> {
    const j = await this.jeunes.findOneBy({ id: jeuneId });
    if (!j) return null;
    return {
      id: j.id,
      structureId: j.structureId,
      prenom: j.prenom ?? '',
      nom: j.nom ?? '',
      email: j.email,
      telephone: j.telephone,
      mobile: !!j.telephone && j.telephoneMobile,
      consentEmail: j.consentEmail,
      consentSms: j.consentSms,
      anonymise: j.anonymiseAt !== null,
    };
  }

  /**
   * Gives or withdraws consent on a channel, with its source, in the caller's transaction if
   * given one. Recording the same value again changes nothing (no history row).
   */
  async setConsent(
    jeuneId: string,
    canal: Canal,
    donne: boolean,
    source: ConsentSource,
    actorUserId: string | null = null,
    manager?: EntityManager,
  ): Promise<ConsentState> {
    if (!manager)
      return this.dataSource.transaction((m) =>
        this.setConsent(jeuneId, canal, donne, source, actorUserId, m),
      );
    const repo = manager.getRepository(Jeune);
    const jeune = await repo.findOne({
      where: { id: jeuneId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!jeune) throw DomainError.notFound('Le jeune');
    if (jeune.anonymiseAt) {
      throw new DomainError('JEUNE_ANONYMISE', 'Ce jeune a été anonymisé : plus aucun envoi.');
    }
    const cols = CONSENT_COLUMNS[canal];
    if (jeune[cols.flag] === donne) {
      return { canal, donne, at: jeune[cols.at], source: jeune[cols.source], changed: false };
    }
    const now = this.clock.now();
    await repo.update(
      { id: jeuneId },
      { [cols.flag]: donne, [cols.at]: now, [cols.source]: source, derniereActiviteAt: now },
    );
    await manager
      .getRepository(JeuneConsentement)
      .insert({ jeuneId, canal, donne, source, byUserId: actorUserId, at: now });
    await this.audit.record(
      { userId: actorUserId, role: source },
      { jeuneId, structureId: jeune.structureId, action: 'consentement', champs: [cols.flag] },
      manager,
    );
    return { canal, donne, at: now, source, changed: true };
  }

  /**
   * A "STOP" from this mobile: SMS consent withdrawn for every jeune (not anonymised) with it, in
   * one set-based statement with its history and audit rows. A number shared by many jeunes
   * (a family, a foyer's phone) took minutes one by one. Returns how many have this mobile and
   * how many changed (those who had consented).
   */
  async withdrawSmsConsentByMobile(
    e164: string,
    source: ConsentSource,
  ): Promise<{ jeunes: number; changes: number }> {
    const telephone = normaliseTelephone(e164);
    if (!telephone) return { jeunes: 0, changes: 0 };
    const rows: { jeunes: number; changes: number }[] = await this.dataSource.query(
      `WITH matched AS (
         SELECT "id", "structure_id", "consent_sms" FROM "jeunes"
         WHERE "telephone" = $1 AND "telephone_mobile" AND "anonymise_at" IS NULL FOR UPDATE
       ), changed AS (
         UPDATE "jeunes" j SET "consent_sms" = false, "consent_sms_at" = $2,
           "consent_sms_source" = $3, "derniere_activite_at" = $2, "row_version" = j."row_version" + 1
         FROM matched m WHERE j."id" = m."id" AND m."consent_sms"
         RETURNING j."id", j."structure_id"
       ), history AS (
         INSERT INTO "jeune_consentements" ("jeune_id", "canal", "donne", "source", "by_user_id", "at")
         SELECT "id", 'sms', false, $3, NULL, $2 FROM changed
       ), audit AS (
         INSERT INTO "jeune_audit" ("jeune_id", "structure_id", "actor_user_id", "actor_role", "action", "champs")
         SELECT "id", "structure_id", NULL, $3, 'consentement', ARRAY['consentSms'] FROM changed
       )
       SELECT (SELECT count(*) FROM matched)::int AS "jeunes", (SELECT count(*) FROM changed)::int AS "changes"`,
      [telephone, this.clock.now(), source],
    );
    return rows[0];
  }

  /** The jeunes (not anonymised) whose mobile is this number: a "STOP" SMS may concern several. */
  async findIdsByMobile(e164: string): Promise<string[]> {
    const telephone = normaliseTelephone(e164);
    if (!telephone) return [];
    const rows = await this.jeunes.find({
      select: { id: true },
      where: { telephone, telephoneMobile: true, anonymiseAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    return rows.map((r) => r.id);
  }

  async getForMatching(jeuneId: string): Promise<JeuneMatching | null> {
    const j = await this.jeunes.findOneBy({ id: jeuneId });
    if (!j) return null;
    return {
      id: j.id,
      structureId: j.structureId,
      version: j.version,
      statut: j.statut,
      anonymise: j.anonymiseAt !== null,
      dateNaissance: j.dateNaissance,
      fichesRome: j.fichesRome,
      experiences: j.experiences,
      niveauDiplome: j.niveauDiplome,
      communeInsee: j.communeInsee,
      lat: j.lat,
      lon: j.lon,
      rayonMobiliteKm: j.rayonMobiliteKm,
      permisB: j.permisB,
      vehicule: j.vehicule,
      transportsCommun: j.transportsCommun,
      disponibleLe: j.disponibleLe,
      tempsPartielUniquement: j.tempsPartielUniquement,
      indisponibilites: j.indisponibilites,
      programme: j.programme,
      programmeDebut: j.programmeDebut,
      programmeFin: j.programmeFin,
      conseillerId: j.conseillerId,
    };
  }

  /** Other modules (mises en relation…) report activity: retention counts from the last one. */
  async recordActivity(jeuneId: string, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(Jeune) : this.jeunes;
    await repo.update(
      { id: jeuneId, anonymiseAt: IsNull() },
      { derniereActiviteAt: this.clock.now() },
    );
  }

  /** The status log and the consent history, oldest first. */
  async history(id: string, user: AuthUser) {
    await this.getForUser(id, user);
    const [statuts, consentements] = await Promise.all([
      this.dataSource
        .getRepository(JeuneStatutTransition)
        .find({ where: { jeuneId: id }, order: { at: 'ASC', id: 'ASC' } }),
      this.dataSource
        .getRepository(JeuneConsentement)
        .find({ where: { jeuneId: id }, order: { at: 'ASC', id: 'ASC' } }),
    ]);
    return { statuts, consentements };
  }
}
