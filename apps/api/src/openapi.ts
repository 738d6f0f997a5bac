import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document built from the controllers and DTOs. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Gofar API')
      .setDescription(
        'Events, registrations, itineraries, teams and notifications for international programmes.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .addCookieAuth('gofar_session', {
        type: 'apiKey',
        in: 'cookie',
        name: 'gofar_session',
        description:
          'The web app’s session (POST /api/v1/auth/session). Changes sent with it need an Origin equal to PUBLIC_URL’s.',
      })
      .build(),
  );
}

/** Serves the OpenAPI document: UI at /docs, JSON at /docs-json. */
export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    yamlDocumentUrl: 'docs-yaml',
  });
}
