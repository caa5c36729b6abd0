import {
  AppConfig,
  createValidationPipe,
  emptyBodyAsObject,
  InputStringsPipe,
  MAX_JSON_BYTES,
  ProblemDetailsFilter,
  securityHeaders,
  verifyJsonDepth,
} from '@app/core';
import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { buildOpenApiDocument } from './openapi/openapi-document';

/** Everything main.ts applies to the HTTP app, shared with the e2e tests so they test the same thing. */
export function setupHttp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  // Only configured proxies may set the client's address (rate limits key on it).
  express.set('trust proxy', config.trustedProxies);
  express.disable('x-powered-by');
  express.use(securityHeaders());
  express.useBodyParser('json', { limit: MAX_JSON_BYTES, verify: verifyJsonDepth });
  express.useBodyParser('urlencoded', { extended: false, limit: '100kb', parameterLimit: 100 });
  // Express 5 leaves req.body undefined without a body: handlers reading a form got a TypeError.
  express.use(emptyBodyAsObject);
  // Control characters first, once for every string; then the DTOs.
  app.useGlobalPipes(new InputStringsPipe(), createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
