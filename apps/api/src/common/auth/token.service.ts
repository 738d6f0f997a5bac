import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../../../../../libs/config/src/index.js';
import type { User } from '../../../../../libs/core/src/accounts/user.entity.js';

interface AccessTokenClaims {
  sub: string;
}

/** Issues and checks access tokens: HS256, signed with JWT_SECRET, valid for JWT_TTL. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  issue(user: User): Promise<string> {
    return this.jwt.signAsync({ sub: user.id } satisfies AccessTokenClaims, {
      secret: this.config.jwtSecret,
      algorithm: 'HS256',
      expiresIn: this.config.jwtTtlSeconds,
    });
  }

  /** The user id a valid, unexpired token names; null for anything else. */
  async subject(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        secret: this.config.jwtSecret,
        algorithms: ['HS256'],
      });
      return typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
