/** Every Redis key Gofar writes starts with QUEUE_PREFIX, so installs and test runs can share a server. */
export function redisKey(prefix: string, ...parts: (string | number)[]): string {
  return [prefix, ...parts].join(':');
}
