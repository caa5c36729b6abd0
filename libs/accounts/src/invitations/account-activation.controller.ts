import { DomainError, escapeHtml, htmlPage, Public } from '@app/core';
import { Body, Controller, Get, Header, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { PASSWORD_MIN_LENGTH } from './invitation.dto';
import { InvitationsService } from './invitations.service';

/**
 * The page behind the invitation link: a plain HTML form (works without JavaScript, on a phone),
 * posting to itself. The JSON API equivalent is POST /invitations/accepter/:token.
 */
@ApiExcludeController()
@Public()
@Controller('compte/activer')
export class AccountActivationController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    try {
      const { invitation, structureNom } = await this.invitations.describe(token);
      res.send(this.form(structureNom, invitation.email));
    } catch (error) {
      this.fail(res, error);
    }
  }

  @Post(':token')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async submit(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const password = typeof body.password === 'string' ? body.password : '';
    const confirmation = typeof body.confirmation === 'string' ? body.confirmation : '';
    try {
      const { invitation, structureNom } = await this.invitations.describe(token);
      const error =
        password.length < PASSWORD_MIN_LENGTH
          ? `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`
          : password !== confirmation
            ? 'Les deux mots de passe ne sont pas identiques.'
            : undefined;
      if (error) {
        res.status(400).send(this.form(structureNom, invitation.email, error));
        return;
      }
      await this.invitations.accept(token, password);
      res.send(
        htmlPage({
          title: 'Compte créé',
          structure: structureNom,
          body: `<h1>Votre compte est créé</h1><div class="fr-alert fr-alert--success"><p>Vous pouvez maintenant vous connecter avec l'adresse ${escapeHtml(invitation.email)} et le mot de passe choisi.</p></div>`,
        }),
      );
    } catch (error) {
      this.fail(res, error);
    }
  }

  private form(structureNom: string, email: string, error?: string): string {
    return htmlPage({
      title: 'Créer votre compte',
      structure: structureNom,
      body: `<h1>Créer votre compte</h1>
<p>Compte : <strong>${escapeHtml(email)}</strong></p>
${error ? `<div class="fr-alert fr-alert--error fr-mb-3w" role="alert"><p>${escapeHtml(error)}</p></div>` : ''}
<form method="post" class="fr-col-md-6">
<div class="fr-input-group"><label class="fr-label" for="password">Mot de passe
<span class="fr-hint-text">Au moins ${PASSWORD_MIN_LENGTH} caractères.</span></label>
<input class="fr-input" type="password" id="password" name="password" minlength="${PASSWORD_MIN_LENGTH}" autocomplete="new-password" required></div>
<div class="fr-input-group"><label class="fr-label" for="confirmation">Confirmer le mot de passe</label>
<input class="fr-input" type="password" id="confirmation" name="confirmation" autocomplete="new-password" required></div>
<button class="fr-btn" type="submit">Créer mon compte</button>
</form>`,
    });
  }

  private fail(res: Response, error: unknown): void {
    if (!(error instanceof DomainError)) throw error;
    res.status(error.code === 'INVITATION_INVALID' ? 410 : 400).send(
      htmlPage({
        title: 'Lien non valide',
        body: `<h1>Ce lien ne fonctionne pas</h1><div class="fr-alert fr-alert--warning"><p>${escapeHtml(error.message)}</p></div>`,
      }),
    );
  }
}
