import { ConsentSource, JeunesService } from '@app/jeunes';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { MessageOptOut } from '../messages/message-opt-out.entity';

export type PreferencesView =
  | {
      type: 'jeune';
      prenom: string;
      email: string | null;
      consentEmail: boolean;
      mobile: string | null;
      consentSms: boolean;
    }
  | { type: 'adresse'; adresse: string; recoit: boolean };

/** Masks an address on a page reached by a link: enough to recognise it, not to collect it. */
export function masque(s: string): string {
  if (s.includes('@')) return s.replace(/^(.).*?(@.*)$/, '$1•••$2');
  if (/^\+33\d{9}$/.test(s)) return `0${s[3]} •• •• •• ${s.slice(-2)}`;
  return `${s.slice(0, 4)}•••${s.slice(-2)}`;
}

/**
 * A recipient's choices, behind the preferences link of every message: a jeune's consent per
 * channel (kept by the jeunes module, source `lien_jeune`); for other recipients, an opt-out
 * of their address.
 */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly jeunes: JeunesService,
    @InjectRepository(MessageOptOut) private readonly optOuts: Repository<MessageOptOut>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async view(subject: string): Promise<PreferencesView | null> {
    const [kind, id] = splitSubject(subject);
    if (kind === 'jeune') {
      const j = await this.jeunes.getContact(id);
      if (!j || j.anonymise) return null;
      return {
        type: 'jeune',
        prenom: j.prenom,
        email: j.email ? masque(j.email) : null,
        consentEmail: j.consentEmail,
        mobile: j.telephone && j.mobile ? masque(j.telephone) : null,
        consentSms: j.consentSms,
      };
    }
    return {
      type: 'adresse',
      adresse: masque(id),
      recoit: !(await this.optOuts.existsBy({ adresse: id })),
    };
  }

  async save(
    subject: string,
    choix: { email: boolean; sms: boolean },
    manager: EntityManager,
  ): Promise<void> {
    const [kind, id] = splitSubject(subject);
    if (kind === 'jeune') {
      for (const canal of ['email', 'sms'] as const) {
        await this.jeunes.setConsent(
          id,
          canal,
          choix[canal],
          ConsentSource.LIEN_JEUNE,
          null,
          manager,
        );
      }
      return;
    }
    if (choix.email) await manager.delete(MessageOptOut, { adresse: id });
    else await this.optOut(id, manager);
  }

  /** List-Unsubscribe: no more emails. Doing it twice changes nothing. */
  async unsubscribe(subject: string): Promise<void> {
    const [kind, id] = splitSubject(subject);
    if (kind === 'jeune') {
      await this.jeunes.setConsent(id, 'email', false, ConsentSource.LIEN_JEUNE, null);
    } else {
      await this.optOut(id, this.dataSource.manager);
    }
  }

  private async optOut(adresse: string, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(MessageOptOut)
      .values({ adresse, source: 'lien' })
      .orIgnore()
      .execute();
  }
}

function splitSubject(subject: string): ['jeune' | 'adresse', string] {
  const i = subject.indexOf(':');
  return [subject.slice(0, i) === 'jeune' ? 'jeune' : 'adresse', subject.slice(i + 1)];
}
