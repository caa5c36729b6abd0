import { PortailLectureService } from '@app/accounts';
import { ACCESS_TOKEN_TYPE, AuthUser, readCookie, Role, SESSION_COOKIE } from '@app/core';
import { EntreprisesService, ListEntreprisesQuery } from '@app/entreprises';
import { MerQueryService } from '@app/mises-en-relation';
import { OffreQueryDto, OffresQueryService } from '@app/offres';
import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { HomeTemplate, homeTemplate } from './portail-ssr.page';

/** dist/portail-ssr/entry-server.cjs (apps/portail/src/entry-server.tsx), built by build:portail. */
interface SsrBundle {
  renderHome(data: Record<string, unknown>): Promise<{ html: string; state: unknown }>;
}
interface Ready {
  bundle: SsrBundle;
  page: HomeTemplate;
}

/** Past this, the browser gets the plain page (and renders it itself) rather than waiting. */
export const SSR_TIMEOUT_MS = 3_000;

/**
 * The employer's home (`/portail/`) rendered by the API with its data, so the offers are shown
 * with the HTML rather than after the application's code and its API calls (issue 13): the page
 * is the same React tree, hydrated in the browser. The data comes from the services behind the
 * page's calls, in this process (`gather`): the very JSON those calls get, same rights, so the
 * browser hydrates it without fetching again. Anyone but an employer gets the static page, as before;
 * a failure (logged) the page with an empty root, which the browser renders itself: never an
 * error because of this.
 */
@Injectable()
export class PortailSsrService {
  private readonly logger = new Logger('Portail');
  private ready?: Ready | null;

  constructor(
    private readonly jwt: JwtService,
    private readonly modules: ModuleRef,
  ) {}

  /**
   * For an employer: the page's head (to send at once) and its body, the rendered home or, on
   * any failure or past SSR_TIMEOUT_MS, the empty root (logged). Anyone else: undefined.
   */
  async start(
    req: Request,
    distPath: string,
  ): Promise<{ head: string; body: Promise<string> } | undefined> {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const user = token ? await this.employeur(token) : undefined;
    const ready = user ? this.load(distPath) : undefined;
    if (!token || !user || !ready) return undefined;
    return { head: ready.page.head, body: this.body(req, token, user, ready) };
  }

  private async body(req: Request, token: string, user: AuthUser, ready: Ready): Promise<string> {
    const started = Date.now();
    try {
      let timer: NodeJS.Timeout | undefined;
      const data = await Promise.race([
        this.gather(req, token, user),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`plus de ${SSR_TIMEOUT_MS} ms`)),
            SSR_TIMEOUT_MS,
          );
        }),
      ]).finally(() => clearTimeout(timer));
      const gathered = Date.now();
      const { html, state } = await ready.bundle.renderHome(data);
      const rendu = Date.now() - gathered;
      return ready.page.body(html, state, { donnees: gathered - started, rendu });
    } catch (error) {
      this.logger.warn(
        `Accueil non rendu par le serveur (${Date.now() - started} ms), rendu par le navigateur : ${String(error)}`,
      );
      return ready.page.fallback;
    }
  }

  /** The employer's account (as the API's guard reads it), or undefined for anyone else. */
  private async employeur(token: string): Promise<AuthUser | undefined> {
    try {
      const p = await this.jwt.verifyAsync<{
        typ?: string;
        role: Role;
        sub: string;
        sid: string;
        email: string;
      }>(token);
      return p.typ === ACCESS_TOKEN_TYPE && p.role === Role.EMPLOYEUR
        ? { id: p.sub, structureId: p.sid, role: p.role, email: p.email }
        : undefined;
    } catch {
      return undefined; // expired or forged: the page's own calls will say so
    }
  }

  /**
   * The page's data, asked of the services behind its calls (the same methods their controllers
   * answer with, under the same rights: tenancy and access logs are in the services), all at
   * once, the candidates after the entreprises as the page does; then put through JSON, as the
   * wire does (dates as strings), so the browser hydrates exactly what its calls would get.
   */
  private async gather(req: Request, token: string, user: AuthUser) {
    const services = {
      lecture: this.modules.get(PortailLectureService, { strict: false }),
      entreprises: this.modules.get(EntreprisesService, { strict: false }),
      mers: this.modules.get(MerQueryService, { strict: false }),
      offres: this.modules.get(OffresQueryService, { strict: false }),
    };
    const ml = typeof req.query.ml === 'string' && req.query.ml ? req.query.ml : undefined;
    const entreprises = services.entreprises
      .page(user, new ListEntreprisesQuery())
      .then((p) => p.items);
    // All the offers, as the page's pages of 100 of GET /offres would give them, but only the
    // fields the page shows (what its state keeps of them, src/entry-server.tsx): the whole
    // entities and their JSON made most of this page's time at 500 offers.
    const offres = services.offres.lignes(
      Object.assign(new OffreQueryDto(), { tri: 'recent' }),
      user,
    );
    const [session, identite, items, lignes, candidats] = await Promise.all([
      services.lecture.session(user, token),
      services.lecture.identite(ml),
      entreprises,
      offres,
      entreprises.then((list) =>
        Promise.all(list.map((e) => services.mers.pourEntreprise(e.id, user))),
      ),
    ]);
    if (!identite) throw new Error(`Mission Locale ${ml ?? ''} introuvable`);
    const wire = JSON.parse(
      JSON.stringify({ session, identite, entreprises: items, candidats: candidats.flat() }),
    ) as Record<string, unknown>;
    // The offers' lines are already as the wire carries them (strings only).
    return { ...wire, url: req.originalUrl, ml, offres: lignes };
  }

  /** The bundle and the page, once; null when the portal was built without them (said once). */
  private load(distPath: string): Ready | null {
    if (this.ready !== undefined) return this.ready;
    const entry = join(dirname(distPath), 'portail-ssr', 'entry-server.cjs');
    try {
      if (!existsSync(entry)) throw new Error(`${entry} absent : npm run build:portail`);
      // Node's own require (not jest's registry): the bundle is plain CommonJS.
      const bundle = createRequire(__filename)(entry) as SsrBundle;
      this.ready = { bundle, page: homeTemplate(distPath) };
    } catch (error) {
      this.logger.warn(`Accueil rendu par le navigateur seulement : ${String(error)}`);
      this.ready = null;
    }
    return this.ready;
  }
}
