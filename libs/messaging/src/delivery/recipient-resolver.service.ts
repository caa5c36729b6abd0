import { UsersService } from '@app/accounts';
import { JeunesService } from '@app/jeunes';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { MessageOptOut } from '../messages/message-opt-out.entity';
import { Message } from '../messages/message.entity';

export type Resolution =
  { ok: true; adresse: string; preferences: string } | { ok: false; reason: string };

/**
 * Where a message goes and whether it may, decided at send time: a consent withdrawn after the
 * request (a STOP, the preferences page) still stops it. `preferences` is whom the preferences
 * and unsubscribe links act for.
 */
@Injectable()
export class RecipientResolver {
  constructor(
    private readonly jeunes: JeunesService,
    private readonly users: UsersService,
    @InjectRepository(MessageOptOut) private readonly optOuts: Repository<MessageOptOut>,
  ) {}

  async resolve(m: Message): Promise<Resolution> {
    const found = await this.address(m);
    if (!found.ok) return found;
    const optOut = await this.optOuts.findOneBy({ adresse: found.adresse });
    if (optOut) {
      return {
        ok: false,
        reason:
          optOut.source === 'rebond'
            ? 'Adresse en échec définitif (rebond)'
            : 'Le destinataire ne souhaite plus recevoir de messages',
      };
    }
    return found;
  }

  private async address(m: Message): Promise<Resolution> {
    if (m.destinataireType === 'contact') {
      return { ok: true, adresse: m.adresse!, preferences: `adresse:${m.adresse}` };
    }
    if (m.destinataireType === 'utilisateur') {
      const [email] = await this.users.activeEmails([m.destinataireId!]);
      return email
        ? { ok: true, adresse: email, preferences: `adresse:${email}` }
        : { ok: false, reason: 'Compte introuvable ou désactivé' };
    }
    const jeune = await this.jeunes.getContact(m.destinataireId!);
    if (!jeune) return { ok: false, reason: 'Jeune introuvable' };
    if (jeune.anonymise) return { ok: false, reason: 'Jeune anonymisé' };
    const preferences = `jeune:${jeune.id}`;
    if (m.canal === 'email') {
      if (!jeune.email) return { ok: false, reason: "Pas d'adresse e-mail" };
      if (!jeune.consentEmail) return { ok: false, reason: 'Pas de consentement aux e-mails' };
      return { ok: true, adresse: jeune.email, preferences };
    }
    if (!jeune.telephone) return { ok: false, reason: 'Pas de numéro de téléphone' };
    if (!jeune.mobile) return { ok: false, reason: "Le numéro n'est pas un mobile" };
    if (!jeune.consentSms) return { ok: false, reason: 'Pas de consentement aux SMS' };
    return { ok: true, adresse: jeune.telephone, preferences };
  }
}
