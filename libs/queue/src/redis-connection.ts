import { Redis, type RedisOptions } from 'ioredis';

export interface RedisConnectionOptions {
  /** Blocking BullMQ workers need `maxRetriesPerRequest: null`; request paths fail fast instead. */
  blocking?: boolean;
  name?: string;
}

/** Opens an ioredis connection with the settings Gofar uses everywhere. */
export function createRedisConnection(url: string, options: RedisConnectionOptions = {}): Redis {
  const settings: RedisOptions = {
    connectionName: options.name,
    maxRetriesPerRequest: options.blocking ? null : 2,
    enableReadyCheck: true,
    lazyConnect: false,
  };
  return new Redis(url, settings);
}
