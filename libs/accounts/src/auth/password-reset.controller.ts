import { Public } from '@app/core';
import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { LoginRateLimitGuard } from './login-rate-limiter';
import { MotDePasseOublieDto, NouveauMotDePasseDto } from './password-reset.dto';
import { PasswordResetService } from './password-reset.service';

/** The same answer whether an account exists or not. */
class DemandeRecueView {
  @ApiProperty() message: string;
}

@ApiTags('Authentification')
@Controller('auth/mot-de-passe')
export class PasswordResetController {
  constructor(private readonly reset: PasswordResetService) {}

  /** Throttled like the login: it sends emails, one must not be able to flood an address. */
  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post('oubli')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mot de passe oublié : envoie un lien par e-mail si un compte existe à cette adresse',
  })
  @ApiAcceptedResponse({ type: DemandeRecueView })
  async oubli(@Body() dto: MotDePasseOublieDto): Promise<DemandeRecueView> {
    await this.reset.request(dto.email);
    return {
      message:
        'Si un compte existe à cette adresse, un e-mail vient de lui être envoyé avec un lien valable une heure.',
    };
  }

  @Public()
  @Post('nouveau')
  @HttpCode(204)
  @ApiOperation({ summary: 'Choisir un nouveau mot de passe avec le jeton du lien reçu' })
  async nouveau(@Body() dto: NouveauMotDePasseDto): Promise<void> {
    await this.reset.reset(dto.jeton, dto.password);
  }
}
