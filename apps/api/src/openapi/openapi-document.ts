import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The API's OpenAPI document: served at /docs-json, and the source of the portal's typed client. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Service entreprises de la Mission Locale')
      .setDescription(
        'Offres, candidats, mises en relation et PMSMP. Erreurs au format RFC 9457 (application/problem+json) : ' +
          '`code`, `detail` en français, `field` concerné, `requestId`.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
}
