import {
  AppConfig,
  AuthUser,
  clearedSessionCookies,
  csrfTokenFor,
  CurrentUser,
  Public,
  readCookie,
  SESSION_COOKIE,
  sessionCookies,
} from '@app/core';
import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { BrowserSession } from './browser-session.view';
import { PortailLectureService } from './portail-lecture.service';
import { AuthService } from './auth.service';
import { LoginDto } from './login.dto';
import { LoginRateLimitGuard } from './login-rate-limiter';

/**
 * Sessions for browsers (the portal): the access token goes in an httpOnly cookie, never to
 * page scripts. API clients keep using `POST /auth/login` and a bearer token.
 */
@ApiTags('Authentification')
@Controller('auth/session')
export class SessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
    private readonly lecture: PortailLectureService,
  ) {}

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Connexion du portail : ouvre une session par cookie (httpOnly)' })
  @ApiOkResponse({ type: BrowserSession })
  async open(
    @Body() dto: LoginDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BrowserSession> {
    const session = await this.auth.login(dto.email, dto.password);
    res.setHeader(
      'Set-Cookie',
      sessionCookies(session.accessToken, this.config.JWT_SECRET, session.expiresIn),
    );
    res.setHeader('Cache-Control', 'no-store');
    return {
      user: session.user,
      csrfToken: csrfTokenFor(session.accessToken, this.config.JWT_SECRET),
      expiresIn: session.expiresIn,
    };
  }

  @Get()
  @ApiOperation({ summary: 'La session du navigateur (compte connecté et jeton CSRF)' })
  @ApiOkResponse({ type: BrowserSession })
  current(@CurrentUser() user: AuthUser, @Req() req: Request): Promise<BrowserSession> {
    return this.lecture.session(user, readCookie(req.headers.cookie, SESSION_COOKIE));
  }

  /** Public: logging out must work with an expired session too; it only clears cookies. */
  @Public()
  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Déconnexion : efface les cookies de session' })
  close(@Res({ passthrough: true }) res: Response): void {
    res.setHeader('Set-Cookie', clearedSessionCookies());
  }
}
