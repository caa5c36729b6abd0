import { AppConfig, DomainError, escapeHtml, htmlPage, Public } from '@app/core';
import { Body, Controller, Get, Header, Post, Res } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import { Message } from '../messages/message.entity';
import { MessageEventsService } from '../webhooks/message-events.service';

const fmt = (d: Date | null) =>
  d
    ? d.toLocaleString('fr-FR', {
        timeZone: 'Europe/Paris',
        dateStyle: 'short',
        timeStyle: 'short',
      })
    : '';

/**
 * The local SMS inbox (only with DEV_SURFACES=true, 404 otherwise): the SMS the `dev` provider
 * "sent", as a phone would show them, and a form to answer one (STOP) as a jeune would.
 */
@ApiExcludeController()
@Public()
@Controller('dev/sms')
export class DevSmsController {
  constructor(
    @InjectRepository(Message) private readonly messages: Repository<Message>,
    private readonly events: MessageEventsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async inbox(@Res() res: Response): Promise<void> {
    this.assertDev();
    const sms = await this.messages.find({
      where: { canal: 'sms', provider: 'dev' },
      order: { sentAt: 'DESC' },
      take: 100,
    });
    const items = sms
      .map(
        (m) => `<li class="fr-mb-2w"><div class="fr-card fr-p-2w">
<p class="fr-text--sm fr-mb-1v"><strong>${escapeHtml(m.adresse ?? '')}</strong> · ${fmt(m.sentAt)} · ${m.segments} SMS (${m.encoding}) · ${escapeHtml(m.statut)}</p>
<pre class="fr-mb-0">${escapeHtml(m.body ?? '')}</pre></div></li>`,
      )
      .join('');
    res.type('html').send(
      htmlPage({
        title: 'SMS envoyés (développement)',
        body: `<h1>SMS envoyés</h1><p>Boîte de réception locale du fournisseur de développement : aucun SMS ne part vraiment.</p>
<form method="post" action="/dev/sms/reponse" class="fr-mb-4w"><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Répondre comme un jeune</legend>
<div class="fr-fieldset__element"><label class="fr-label" for="from">Numéro (E.164)</label><input class="fr-input" id="from" name="from" placeholder="+33612345678"></div>
<div class="fr-fieldset__element"><label class="fr-label" for="text">Réponse</label><input class="fr-input" id="text" name="text" value="STOP"></div>
<div class="fr-fieldset__element"><button class="fr-btn" type="submit">Envoyer la réponse</button></div></fieldset></form>
<ul class="fr-raw-list">${items || '<li>Aucun SMS pour le moment.</li>'}</ul>`,
      }),
    );
  }

  @Post('reponse')
  async reply(@Body() body: Record<string, string>, @Res() res: Response): Promise<void> {
    this.assertDev();
    await this.events.smsEvents('dev', [
      { kind: 'reponse', from: String(body?.from ?? ''), text: String(body?.text ?? '') },
    ]);
    res.redirect(303, '/dev/sms');
  }

  /** Off unless DEV_SURFACES=true (which production refuses): it lists numbers and sends STOP. */
  private assertDev(): void {
    if (!this.config.DEV_SURFACES || this.config.isProduction) {
      throw DomainError.notFound('Cette page');
    }
  }
}
