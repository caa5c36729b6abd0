import { UsersService } from '@app/accounts';
import { JeunesService } from '@app/jeunes';
import { Injectable } from '@nestjs/common';
import { Message } from '../messages/message.entity';

export type Resolution =
  { ok: true; adresse: string; preferences: string } | { ok: false; reason: string };

/** Why a message to an opted-out address is not sent, by the opt-out's source. */
export const optOutReason = (source: string) =>
  source === 'rebond'
    ? 'Adresse en échec définitif (rebond)'
    : 'Le destinataire ne souhaite plus recevoir de messages';

/**
 * Where a message goes and whether its recipient's consent allows it, decided at send time: a
 * consent withdrawn after the request (a STOP, the preferences page) still stops it.
 * `preferences` is whom the preferences and unsubscribe links act for. The opt-out list of the
 * address is checked with the cooldown, in the same statement (CooldownService.admit).
 */
@Injectable()
export class RecipientResolver {
  constructor(
    private readonly jeunes: JeunesService,
    private readonly users: UsersService,
  ) {}

  async resolve(m: Message): Promise<Resolution> {
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
