import { Clock } from '@app/core';
import { NotificationsService, SignedLinksService } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Signataire } from '../domain/pmsmp-codes';
import { Convention } from '../entities/convention.entity';
import { Signature } from '../entities/signature.entity';
import { PmsmpConfig } from '../pmsmp.config';
import { SignataireAttendu, signatairesAttendus } from './signataires';

export const PURPOSE_SIGNATURE = 'pmsmp.signer';
export const PATH_SIGNATURE = 'pmsmp/signature';
const DAY = 86_400;

/** The subject of a signature link: the signatory and the version it was sent for. */
export const sujetSignature = (s: Signataire, version: number) => `pmsmp:${s}:v${version}`;

/**
 * Personal signature links, by email and SMS (messaging checks consent and quiet hours at send
 * time), written in the caller's transaction. A link is bound to its signatory and to the
 * agreement's version: after an edit, older links open a page saying a new one was sent.
 */
@Injectable()
export class SignatureLinksService {
  constructor(
    private readonly links: SignedLinksService,
    private readonly notifications: NotificationsService,
    private readonly config: PmsmpConfig,
    private readonly clock: Clock,
  ) {}

  attendus(c: Convention): SignataireAttendu[] {
    return signatairesAttendus(c.contenu, this.config.PMSMP_SIGNATURE_TUTEUR);
  }

  async manquants(m: EntityManager, c: Convention): Promise<SignataireAttendu[]> {
    const vivantes = await m
      .getRepository(Signature)
      .findBy({ conventionId: c.id, retireeAt: IsNull() });
    const signes = new Set(vivantes.map((s) => s.signataire));
    return this.attendus(c).filter((a) => !signes.has(a.signataire));
  }

  lien(c: Convention, s: Signataire): string {
    const token = this.links.sign({
      purpose: PURPOSE_SIGNATURE,
      subject: sujetSignature(s, c.version),
      resource: c.id,
      ttlSeconds: this.config.PMSMP_LIEN_JOURS * DAY,
      singleUse: true,
    });
    return this.links.url(PATH_SIGNATURE, token);
  }

  /** Sends a fresh link to every signatory still missing; `relance` marks a reminder. */
  async envoyer(m: EntityManager, c: Convention, relance = false): Promise<number> {
    const manquants = await this.manquants(m, c);
    const round = this.clock.now().getTime();
    for (const a of manquants) {
      await this.notifications.notify(m, {
        event: `pmsmp.signature:${c.id}:v${c.version}:${round}`,
        structureId: c.structureId,
        destinataire:
          a.signataire === Signataire.BENEFICIAIRE
            ? { jeuneId: c.jeuneId }
            : {
                email: a.personne.email,
                nom: `${a.personne.prenom} ${a.personne.nom}`,
                ...(a.personne.telephone ? { telephone: a.personne.telephone } : {}),
              },
        template: 'pmsmp_signature',
        data: {
          beneficiaire: `${c.contenu.beneficiaire.prenom} ${c.contenu.beneficiaire.nom}`,
          entreprise: c.contenu.accueil.raisonSociale,
          dateDebut: c.dateDebut,
          qualite: a.qualite,
          relance: relance ? 'Rappel : ' : '',
          version: String(c.version),
          lien: this.lien(c, a.signataire),
        },
      });
    }
    c.liensEnvoyesAt = this.clock.now();
    await m.getRepository(Convention).update(c.id, { liensEnvoyesAt: c.liensEnvoyesAt });
    return manquants.length;
  }
}
