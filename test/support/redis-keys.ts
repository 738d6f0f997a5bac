import type { Redis } from 'ioredis';

/** Every Redis key of one install, deleted with SCAN + DEL (never FLUSHALL: others share it). */
export async function deleteInstallKeys(redis: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) deleted += await redis.del(...keys);
  } while (cursor !== '0');
  return deleted;
}
