import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '#config/index.js';
import type { User } from '#core/accounts/index.js';

interface AccessTokenClaims {
  sub: string;
}

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

  issue(user: User): Promise<string> {
    return this.jwt.signAsync({ sub: user.id } satisfies AccessTokenClaims, {
      privateKey: this.key as unknown as string,
      algorithm: 'HS256',
      expiresIn: this.ttlSeconds,
    });
  }

  /** The user id a valid, unexpired token names; null for anything else. */
  async subject(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        publicKey: this.key as unknown as string,
        algorithms: ['HS256'],
      });
      return typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
