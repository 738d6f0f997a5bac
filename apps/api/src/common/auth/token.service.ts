import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '#config/index.js';
import type { User } from '#core/accounts/index.js';

interface AccessTokenClaims {
  sub: string;
  /** The user's token version when it was issued; absent in tokens from before versions (0). */
  ver?: number;
}

/** Who a valid token names, and under which token version it was issued. */
export interface TokenSubject {
  userId: string;
  version: number;
}

/** Whether a token or session issued under `version` still counts for the user (not revoked). */
export const versionIsCurrent = (user: { tokenVersion: number }, version: number): boolean =>
  version >= user.tokenVersion;

/** Issues and checks access tokens: HS256, signed with JWT_SECRET, valid for JWT_TTL. */
@Injectable()
export class TokenService {
  /**
   * The secret as a KeyObject, made once: given a string, jsonwebtoken first tries to read it as
   * a public key and builds a secret key only after that throws, on every verification.
   */
  private readonly key: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    config: AppConfig,
  ) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret));
    this.ttlSeconds = config.jwtTtlSeconds;
  }

  private readonly ttlSeconds: number;

  /** A token for the user under their current token version (`ver`). */
  issue(user: User): Promise<string> {
    return this.jwt.signAsync(
      { sub: user.id, ver: user.tokenVersion } satisfies AccessTokenClaims,
      {
        privateKey: this.key as unknown as string,
        algorithm: 'HS256',
        expiresIn: this.ttlSeconds,
      },
    );
  }

  /**
   * The user id and token version of a valid, unexpired token; null for anything else. Whether
   * the version is still the user's is for the caller to check (versionIsCurrent).
   */
  async subject(token: string): Promise<TokenSubject | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        publicKey: this.key as unknown as string,
        algorithms: ['HS256'],
      });
      if (typeof claims.sub !== 'string') return null;
      const version = claims.ver ?? 0;
      return Number.isSafeInteger(version) ? { userId: claims.sub, version } : null;
    } catch {
      return null;
    }
  }
}
