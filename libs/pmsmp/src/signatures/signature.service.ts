import { Clock, DomainError } from '@app/core';
import { LinkProblem, SignedLinksService } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ConventionStatut as S, Signataire, STATUT_LIBELLE } from '../domain/pmsmp-codes';
import { Convention } from '../entities/convention.entity';
import { Signature } from '../entities/signature.entity';
import { ConventionLifecycleService } from '../lifecycle/convention-lifecycle.service';
import { ConventionAction } from '../lifecycle/convention-transitions';
import { PmsmpNotifier } from './pmsmp-notifier.service';
import { SignataireAttendu } from './signataires';
import { PURPOSE_SIGNATURE, SignatureLinksService } from './signature-links.service';

export type Resolution =
  | { problem: LinkProblem | 'remplacee' | 'close'; convention?: Convention }
  | { convention: Convention; attendu: SignataireAttendu; version: number };

/** Resolves a signature link and records a signature (the explicit act of the page). */
@Injectable()
export class SignatureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: SignedLinksService,
    private readonly liens: SignatureLinksService,
    private readonly lifecycle: ConventionLifecycleService,
    private readonly notifier: PmsmpNotifier,
    private readonly clock: Clock,
  ) {}

  /** The agreement and signatory a link is for, or why it can do nothing (nothing changes). */
  async resoudre(token: string, c0?: Convention, em?: EntityManager): Promise<Resolution> {
    const manager = em ?? this.dataSource.manager;
    const checked = this.links.check(token, PURPOSE_SIGNATURE);
    if ('problem' in checked) return { problem: checked.problem };
    const m = /^pmsmp:([a-z_]+):v(\d+)$/.exec(checked.link.subject);
    const c =
      c0 ??
      (checked.link.resource
        ? await manager.getRepository(Convention).findOneBy({ id: checked.link.resource })
        : null);
    if (!m || !c) return { problem: 'invalide' };
    const version = Number(m[2]);
    if (![S.A_SIGNER, S.PARTIELLEMENT_SIGNEE].includes(c.statut))
      return { problem: 'close', convention: c };
    if (version !== c.version) return { problem: 'remplacee', convention: c };
    const attendu = this.liens.attendus(c).find((a) => a.signataire === (m[1] as Signataire));
    if (!attendu) return { problem: 'invalide' };
    const deja = await manager.getRepository(Signature).existsBy({
      conventionId: c.id,
      signataire: attendu.signataire,
      retireeAt: IsNull(),
    });
    if (deja) return { problem: 'deja_utilise', convention: c };
    return { convention: c, attendu, version };
  }

  /**
   * Signs under the agreement's lock: the link is consumed in the same transaction, the
   * signature carries the hash of the version shown. The last signature makes it `signee` and
   * asks the ML to validate. Two parties at once: the lock serialises them.
   */
  async signer(token: string, p: { empreinte?: string; ip: string; userAgent: string }) {
    return this.dataSource.transaction(async (m) => {
      const head = this.links.check(token, PURPOSE_SIGNATURE);
      if ('problem' in head) throw lienInvalide(head.problem);
      const c = await this.lifecycle.lock(m, head.link.resource ?? '');
      const r = await this.resoudre(token, c, m);
      if ('problem' in r) return r;
      if (p.empreinte !== c.contenuSha256) {
        throw DomainError.invalid(
          'empreinte',
          'La convention a changé depuis que vous l’avez ouverte : relisez-la avant de signer.',
        );
      }
      await this.links.consume(token, PURPOSE_SIGNATURE, m);
      await m.getRepository(Signature).insert({
        conventionId: c.id,
        signataire: r.attendu.signataire,
        nom: `${r.attendu.personne.prenom} ${r.attendu.personne.nom}`,
        email: r.attendu.personne.email,
        version: c.version,
        contenuSha256: c.contenuSha256,
        signedAt: this.clock.now(),
        ip: p.ip.slice(0, 45),
        userAgent: p.userAgent.slice(0, 500),
      });
      const acting = { role: `lien_${r.attendu.signataire}` as const };
      await this.lifecycle.apply(m, c, ConventionAction.SIGNER, acting, {
        details: { signataire: r.attendu.signataire, version: c.version },
      });
      if ((await this.liens.manquants(m, c)).length === 0) {
        await this.lifecycle.apply(m, c, ConventionAction.COMPLETER, { role: 'system' });
        await this.notifier.aValider(m, c);
      }
      return { convention: c, attendu: r.attendu, version: c.version };
    });
  }
}

const lienInvalide = (raison: LinkProblem) =>
  new DomainError('LIEN_INVALIDE', 'Ce lien n’est pas valide.', { details: { raison } });

export const MESSAGES_PROBLEME: Record<string, [string, string]> = {
  invalide: ['Ce lien n’est pas valide', 'Rien n’a été modifié. Contactez votre Mission Locale.'],
  expire: [
    'Ce lien a expiré',
    'Rien n’a été modifié. Demandez un nouveau lien à votre Mission Locale.',
  ],
  deja_utilise: ['Ce lien a déjà servi', 'Votre signature est enregistrée : ce lien ne sert plus.'],
  remplacee: [
    'La convention a été modifiée',
    'Les signatures sont demandées à nouveau : un nouveau lien vous a été envoyé. Celui-ci ne sert plus.',
  ],
};

export const messageClose = (c: Convention): [string, string] => [
  `Convention ${STATUT_LIBELLE[c.statut]}`,
  `Cette convention est ${STATUT_LIBELLE[c.statut]} : il n’y a plus rien à signer avec ce lien.`,
];
