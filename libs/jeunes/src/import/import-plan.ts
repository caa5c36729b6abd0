import { DOMAIN_EVENT, OutboxEvent } from '@app/core';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { JeuneActor } from '../audit/jeune-audit.service';
import { changedKeys } from '../domain/changes';
import { Canal, ConsentSource, JeuneStatut } from '../domain/jeune-codes';
import { JeuneAudit } from '../entities/jeune-audit.entity';
import { JeuneConsentement } from '../entities/jeune-consentement.entity';
import { JeuneStatutTransition } from '../entities/jeune-statut-transition.entity';
import { Jeune } from '../entities/jeune.entity';
import { CHAMPS_MATCHING } from '../profile/jeune-rules';
import { CHAMPS_SAISIS, JeuneValues } from '../profile/jeune-values';
import { bulkInsert, bulkUpdate } from './bulk-sql';
import { ParsedRow } from './import-row';

export type ImportStatut = 'cree' | 'modifie' | 'inchange' | 'rejete';

export interface ImportLigne {
  ligne: number;
  idExterne: string | null;
  statut: ImportStatut;
  jeuneId?: string;
  /** For updates: the fields that changed (names only). */
  champs?: string[];
  colonne?: string | null;
  motif?: string;
}

const DERIVED = [
  'anneeNaissance',
  'telephoneMobile',
  'communeNom',
  'departement',
  'lat',
  'lon',
] as const;
const CONSENT = {
  email: ['consentEmail', 'consentEmailAt', 'consentEmailSource'],
  sms: ['consentSms', 'consentSmsAt', 'consentSmsSource'],
} as const;
/** Every column an import may write, so that one UPDATE statement serves the whole batch. */
const UPDATED = [
  'id',
  ...CHAMPS_SAISIS,
  ...DERIVED,
  ...CONSENT.email,
  ...CONSENT.sms,
  'statut',
  'version',
  'derniereActiviteAt',
] as const;
const CREATED = [...CHAMPS_SAISIS, ...DERIVED] as const;
/** A plain loop: this runs for every row of a 100,000-row file. */
function pick(o: Partial<Jeune>, keys: readonly (keyof Jeune)[]): Partial<Jeune> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = o[k];
  return out as Partial<Jeune>;
}

/**
 * The writes of one batch, collected row by row and then sent as a few multi-row statements:
 * jeunes, consent history, status log, audit, outbox events.
 */
export class ImportPlan {
  private readonly inserts: Partial<Jeune>[] = [];
  private readonly updates: Partial<Jeune>[] = [];
  private readonly consents: Partial<JeuneConsentement>[] = [];
  private readonly transitions: Partial<JeuneStatutTransition>[] = [];
  private readonly audits: Partial<JeuneAudit>[] = [];
  private readonly events: Partial<OutboxEvent>[] = [];

  constructor(
    private readonly structureId: string,
    private readonly actor: JeuneActor,
    private readonly now: Date,
  ) {}

  create(row: ParsedRow, values: JeuneValues): ImportLigne {
    const id = randomUUID();
    const jeune: Partial<Jeune> = {
      ...pick(values, CREATED),
      id,
      structureId: this.structureId,
      statut: row.statut ?? JeuneStatut.ACTIF,
      version: 1,
      derniereActiviteAt: this.now,
      createdAt: this.now,
      updatedAt: this.now,
      rowVersion: 1,
    };
    for (const canal of ['email', 'sms'] as Canal[]) this.consent(jeune, row, canal);
    this.inserts.push(jeune);
    this.transition(id, null, jeune.statut!);
    this.audit(id, 'import_creation', Object.keys(row.saisie));
    this.event(id, 1);
    return { ligne: row.line, idExterne: row.idExterne, statut: 'cree', jeuneId: id };
  }

  update(row: ParsedRow, current: Jeune, values: JeuneValues): ImportLigne {
    const next: Partial<Jeune> = { ...current, ...values };
    const champs = changedKeys(current, values) as string[];
    for (const canal of ['email', 'sms'] as Canal[]) {
      // A consent the jeune or the conseiller changed is theirs: a re-import does not override it.
      const source = current[CONSENT[canal][2]];
      if (source === null || source === ConsentSource.IMPORT) {
        if (this.consent(next, row, canal, current)) champs.push(CONSENT[canal][0]);
      }
    }
    if (row.statut && row.statut !== current.statut) {
      next.statut = row.statut;
      this.transition(current.id, current.statut, row.statut);
      champs.push('statut');
    }
    const base = { ligne: row.line, idExterne: row.idExterne, jeuneId: current.id };
    if (champs.length === 0) return { ...base, statut: 'inchange' };
    const matching = champs.some((c) => (CHAMPS_MATCHING as readonly string[]).includes(c));
    next.version = current.version + (matching ? 1 : 0);
    next.derniereActiviteAt = this.now;
    this.updates.push(pick(next, UPDATED));
    this.audit(current.id, 'import_modification', champs);
    if (matching) this.event(current.id, next.version);
    return { ...base, statut: 'modifie', champs };
  }

  async write(m: EntityManager): Promise<void> {
    await bulkInsert(m, Jeune, this.inserts);
    await bulkUpdate(m, Jeune, this.updates);
    await bulkInsert(m, JeuneConsentement, this.consents);
    await bulkInsert(m, JeuneStatutTransition, this.transitions);
    await bulkInsert(m, JeuneAudit, this.audits);
    // The outbox rows OutboxService.record would write, one statement for the batch.
    await bulkInsert(m, OutboxEvent, this.events);
  }

  /** Applies the row's consent for a channel to `target`; true when it changed. */
  private consent(target: Partial<Jeune>, row: ParsedRow, canal: Canal, current?: Jeune): boolean {
    const donne = canal === 'email' ? row.consentEmail : row.consentSms;
    const [flag, at, source] = CONSENT[canal];
    if (donne === undefined) {
      if (!current) Object.assign(target, { [flag]: false, [at]: null, [source]: null });
      return false;
    }
    if (current && current[flag] === donne) return false;
    Object.assign(target, { [flag]: donne, [at]: this.now, [source]: ConsentSource.IMPORT });
    this.consents.push({
      id: randomUUID(),
      jeuneId: target.id,
      canal,
      donne,
      source: ConsentSource.IMPORT,
      byUserId: this.actor.userId,
      at: this.now,
    });
    return true;
  }

  private transition(jeuneId: string, from: JeuneStatut | null, to: JeuneStatut): void {
    this.transitions.push({
      id: randomUUID(),
      jeuneId,
      fromStatut: from,
      toStatut: to,
      byUserId: this.actor.userId,
      byRole: 'import',
      motif: null,
    });
  }

  private audit(jeuneId: string, action: JeuneAudit['action'], champs: string[]): void {
    this.audits.push({
      id: randomUUID(),
      jeuneId,
      structureId: this.structureId,
      actorUserId: this.actor.userId,
      actorRole: this.actor.role,
      action,
      champs,
    });
  }

  private event(jeuneId: string, version: number): void {
    this.events.push({
      id: randomUUID(),
      type: DOMAIN_EVENT.JEUNE_MODIFIE,
      aggregateId: jeuneId,
      payload: { jeuneId, version },
      createdAt: this.now,
      publishedAt: null,
    });
  }
}
