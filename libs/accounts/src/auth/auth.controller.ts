import { AuthUser, CurrentUser, Public } from '@app/core';
import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiServiceUnavailableResponse,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { UserView } from '../users/user.view';
import { UsersService } from '../users/users.service';
import { AuthService, Session } from './auth.service';
import { LoginDto } from './login.dto';
import { LoginRateLimitGuard } from './login-rate-limiter';

@ApiTags('Authentification')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Connexion par e-mail et mot de passe ; renvoie un jeton d’accès (JWT)',
  })
  @ApiUnauthorizedResponse({ description: 'Adresse e-mail ou mot de passe incorrect' })
  @ApiTooManyRequestsResponse({ description: 'Trop de tentatives' })
  @ApiServiceUnavailableResponse({
    description: 'Limiteur de tentatives indisponible (Redis) : réessayer après Retry-After',
  })
  @ApiOkResponse({ type: Session })
  login(@Body() dto: LoginDto): Promise<Session> {
    return this.auth.login(dto.email, dto.password);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Le compte connecté' })
  @ApiOkResponse({ type: UserView })
  async me(@CurrentUser() user: AuthUser): Promise<UserView> {
    return UserView.of(await this.users.getForUser(user.id, user));
  }
}
