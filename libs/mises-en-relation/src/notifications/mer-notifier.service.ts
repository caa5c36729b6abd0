import { AppConfig, Clock } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { JeunesService, jeuneForEmployer } from '@app/jeunes';
import { NotificationsService } from '@app/messaging';
import { Offre, OffresService } from '@app/offres';
import { ReferentielsService, typeContratLabel } from '@app/referentiels';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerConfig } from '../mer.config';
import { MerLinksService } from './mer-links.service';

const dateFr = (iso: string | Date) =>
  new Date(iso).toLocaleDateString('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

/**
 * Every message of the MERs, written in the caller's transaction through NotificationsService
 * (consent is checked at send time). The event key names the MER and the step: a replayed
 * step sends nothing twice.
 */
@Injectable()
export class MerNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly links: MerLinksService,
    private readonly offres: OffresService,
    private readonly entreprises: EntreprisesService,
    private readonly jeunes: JeunesService,
    private readonly referentiels: ReferentielsService,
    private readonly config: MerConfig,
    private readonly app: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** To the jeune: the offer's summary and the two answers. */
  async proposition(m: EntityManager, mer: MiseEnRelation, step = 'retenue'): Promise<void> {
    const { offre, entreprise, commune } = await this.contexte(mer, m);
    const contact = await this.jeunes.getContact(mer.jeuneId);
    const lien = this.links.jeune(mer);
    const repondreAvant = new Date(
      mer.statutAt.getTime() + this.config.MER_DELAI_JEUNE_JOURS * 86_400_000,
    );
    if (step === 'retenue') {
      await this.notifications.notify(m, {
        event: `mer.retenue:${mer.id}`,
        structureId: mer.structureId,
        destinataire: { jeuneId: mer.jeuneId },
        template: 'mer_proposition',
        data: {
          prenom: contact?.prenom ?? '',
          offre: offre.titre,
          entreprise,
          commune,
          resume: resume(offre),
          lienOui: `${lien}?choix=oui`,
          lienNon: `${lien}?choix=non`,
          lienReponse: lien,
          repondreAvant: repondreAvant.toISOString(),
        },
      });
      return;
    }
    await this.notifications.notify(m, {
      event: `mer.relance-jeune:${mer.id}`,
      structureId: mer.structureId,
      destinataire: { jeuneId: mer.jeuneId },
      template: 'relance_proposition',
      data: { prenom: contact?.prenom ?? '', offre: offre.titre, lienReponse: lien },
    });
  }

  /** To the employer: the candidate, with contact details now that the jeune accepted. */
  async candidat(
    m: EntityManager,
    mer: MiseEnRelation,
    relance = 0,
    event = `mer.candidat:${mer.id}:${relance}`,
  ): Promise<void> {
    const { offre } = await this.contexte(mer, m);
    const jeune = await this.jeunes.getById(mer.jeuneId);
    if (!jeune) return;
    const v = jeuneForEmployer(jeune, { contactAutorise: true, now: this.clock.now() });
    const details = [
      v.contact?.telephone ? `Téléphone : ${v.contact.telephone}` : '',
      v.contact?.email ? `E-mail : ${v.contact.email}` : '',
      v.communeNom ? `Habite à ${v.communeNom}` : '',
      v.disponibleLe
        ? `Disponible à partir du ${dateFr(v.disponibleLe)}`
        : 'Disponible dès maintenant',
      v.permisB ? `Permis B${v.vehicule ? ', véhiculé(e)' : ''}` : '',
      v.mineur ? 'Mineur(e) : les règles du travail des mineurs s’appliquent' : '',
    ].filter(Boolean);
    await this.employeur(m, mer, event, {
      template: 'mer_candidat',
      data: {
        offre: offre.titre,
        candidat: `${v.prenom} ${v.nom}`.trim(),
        details: details.join('\n'),
        lien: this.links.employeur(mer),
        relance: String(relance),
      },
    });
  }

  /** To the employer (every address of the entreprise), any template. */
  async employeur(
    m: EntityManager,
    mer: MiseEnRelation,
    event: string,
    msg: { template: 'mer_candidat' | 'mer_information'; data: any },
  ): Promise<void> {
    for (const email of await this.entreprises.employerEmails(mer.entrepriseId)) {
      await this.notifications.notify(m, {
        event,
        structureId: mer.structureId,
        destinataire: { email },
        template: msg.template,
        data: msg.data,
        canaux: ['email'],
      });
    }
  }

  /** A short message (email, and SMS for a jeune when `sms` is given). */
  async information(
    m: EntityManager,
    mer: MiseEnRelation,
    event: string,
    to: { jeuneId: string } | { userId: string } | 'employeur',
    d: {
      sujet: string;
      titre: string;
      paragraphes: string[];
      sms?: string;
      lien?: string;
      libelleLien?: string;
    },
  ): Promise<void> {
    const data = { ...d, paragraphes: d.paragraphes.join('\n') };
    if (to === 'employeur') {
      return this.employeur(m, mer, event, { template: 'mer_information', data });
    }
    await this.notifications.notify(m, {
      event,
      structureId: mer.structureId,
      destinataire: to,
      template: 'mer_information',
      data,
      canaux: d.sms ? ['email', 'sms'] : ['email'],
    });
  }

  /** The jeune's referent counsellor, if any. */
  async conseillerId(mer: MiseEnRelation): Promise<string | null> {
    return (await this.jeunes.getForMatching(mer.jeuneId))?.conseillerId ?? null;
  }

  lienEmployeur(mer: MiseEnRelation): string {
    return this.links.employeur(mer);
  }

  lienApi(mer: MiseEnRelation): string {
    return `${this.app.PUBLIC_URL.replace(/\/$/, '')}/mises-en-relation/${mer.id}`;
  }

  async contexte(
    mer: MiseEnRelation,
    m?: EntityManager,
  ): Promise<{ offre: Offre; entreprise: string; commune: string }> {
    const offre = (await this.offres.getById(mer.offreId, m))!;
    const e = await this.entreprises.getById(mer.entrepriseId);
    const c = await this.referentiels.getCommune(offre.communeInsee);
    return { offre, entreprise: e?.enseigne || e?.raisonSociale || '', commune: c?.nom ?? '' };
  }

  async jeuneNom(mer: MiseEnRelation): Promise<string> {
    const c = await this.jeunes.getContact(mer.jeuneId);
    return c ? `${c.prenom} ${c.nom}`.trim() : 'Le jeune';
  }
}

export function resume(offre: Offre): string {
  const duree = offre.dureeValeur ? ` de ${offre.dureeValeur} ${offre.dureeUnite}` : '';
  return [
    `Contrat : ${typeContratLabel(offre.typeContrat)}${duree}, ${offre.heuresHebdo} h par semaine`,
    `Début : ${dateFr(offre.dateDebut)}`,
  ].join('\n');
}
