import { type INestApplication, RequestMethod } from '@nestjs/common';

/** Every route lives under /api/v1 except the health checks (and what Fastify serves itself). */
export function useApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
}
