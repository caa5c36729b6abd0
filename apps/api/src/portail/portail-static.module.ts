import { DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ServerResponse } from 'node:http';

export const PORTAIL_PATH = '/portail';

/** dist/portail at the repository's root, found from here (ts sources or the compiled dist). */
export function portailDistPath(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'portail');
}

/**
 * The portal (apps/portail, built by Vite) served by the API under /portail, every other path
 * under it answering index.html (the browser's router). Hashed assets are cached for a year,
 * index.html never (a deployment is seen at once). Not built: the API runs without it.
 */
@Module({})
export class PortailStaticModule {
  static forRoot(): DynamicModule {
    const rootPath = portailDistPath();
    if (!existsSync(join(rootPath, 'index.html'))) {
      new Logger('Portail').warn(`Portail non construit (${rootPath}) : npm run build:portail`);
      return { module: PortailStaticModule };
    }
    return {
      module: PortailStaticModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath,
          serveRoot: PORTAIL_PATH,
          serveStaticOptions: {
            index: 'index.html',
            setHeaders: (res: ServerResponse, path: string) =>
              res.setHeader(
                'Cache-Control',
                path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
              ),
          },
        }),
      ],
    };
  }
}
