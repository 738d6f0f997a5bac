import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves the OpenAPI document built from the DTOs: UI at /docs, JSON at /docs-json. */
export function setUpOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
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
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    yamlDocumentUrl: 'docs-yaml',
  });
}
