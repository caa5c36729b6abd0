import { Logger, Module, OnModuleInit } from '@nestjs/common';
import { ApplicationConfig, HttpAdapterHost } from '@nestjs/core';
import { ExpressLoader, ServeStaticModuleOptions } from '@nestjs/serve-static';
import type { Express, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { PortailSsrService } from './portail-ssr.service';

export const PORTAIL_PATH = '/portail';

/** dist/portail at the repository's root, found from here (ts sources or the compiled dist). */
export function portailDistPath(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'portail');
}

export const portailStaticOptions = (rootPath: string): ServeStaticModuleOptions => ({
  rootPath,
  serveRoot: PORTAIL_PATH,
  serveStaticOptions: {
    // Vite's hashed assets are cached for a year; the rest (index.html, boot.js: same names from
    // one deployment to the next) revalidated each time, so a deployment is seen at once.
    setHeaders: (res: ServerResponse, path: string) =>
      res.setHeader(
        'Cache-Control',
        /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  },
});

/**
 * The portal (apps/portail, built by Vite) served by the API under /portail, every other path
 * under it answering index.html (the browser's router). @nestjs/serve-static's Express loader
 * is called at init rather than through ServeStaticModule: that module picks its loader when
 * its providers are created, which in a TestingModule is before the HTTP adapter exists (it
 * then silently serves nothing). Not built: the API runs without it and says so. The employer's
 * home is rendered with its data first (PortailSsrService), the static page otherwise.
 */
@Module({ providers: [PortailSsrService] })
export class PortailStaticModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly appConfig: ApplicationConfig,
    private readonly ssr: PortailSsrService,
  ) {}

  onModuleInit(): void {
    const rootPath = portailDistPath();
    const adapter = this.adapterHost.httpAdapter;
    if (!adapter) return; // an application context without HTTP (preview, CLI)
    if (!existsSync(join(rootPath, 'index.html'))) {
      new Logger('Portail').warn(`Portail non construit (${rootPath}) : npm run build:portail`);
      return;
    }
    const home = (req: Request, res: Response, next: (error?: unknown) => void) => {
      res.setHeader('Vary', 'Cookie'); // the page depends on who asks
      this.ssr.start(req, rootPath).then(async (page) => {
        if (!page) return next();
        res.setHeader('Cache-Control', 'no-store'); // personal data
        res.type('html').write(page.head);
        res.end(await page.body);
      }, next);
    };
    adapter.getInstance<Express>().get(['/portail', '/portail/'], home);
    new ExpressLoader().register(adapter, this.appConfig, [portailStaticOptions(rootPath)]);
  }
}
