import { NestFactory } from '@nestjs/core';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { ApiModule } from '../api.module';
import { buildOpenApiDocument } from './openapi-document';

export const PORTAIL_SCHEMA_PATH = join(
  __dirname,
  '..',
  '..',
  '..',
  'portail',
  'src',
  'api',
  'schema.d.ts',
);

const HEADER =
  '// Generated from the API\u2019s OpenAPI document by `npm run portail:client`: do not edit.\n' +
  '// test: apps/api/src/openapi/portail-schema.spec.ts fails when this file is out of date.\n\n';

/**
 * The portal's API types, generated from the controllers and DTOs. The app is created in
 * preview mode: modules are scanned, no provider runs, so no database or Redis is needed.
 */
export async function portailSchemaSource(): Promise<string> {
  const app = await NestFactory.create(ApiModule.forRoot(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    const document = buildOpenApiDocument(app);
    const ast = await openapiTS(document as any, { alphabetize: true });
    return HEADER + astToString(ast);
  } finally {
    await app.close();
  }
}
