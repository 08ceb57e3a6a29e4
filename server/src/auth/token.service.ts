import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuthStore } from '../persistence/auth/auth.store.js';
import { AUTH } from './auth.config.js';

/** Tokens handed to a client after signing in or refreshing. */
export interface IssuedTokens {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds the access token stays valid. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
}

/** Claims of a Hito access token. */
interface AccessClaims {
  sub: string;
  sid: string;
  typ: 'access';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Issues short-lived JWT access tokens and rotated refresh tokens (`<id>.<secret>`, stored as a
 * SHA-256 of the secret). Presenting a refresh token that was already rotated revokes its session.
 * The JWT key is `HITO_JWT_SECRET`, else one generated once and kept in the database.
 */
@Injectable()
export class TokenService implements OnModuleInit {
  private secret = '';

  constructor(
    private readonly jwt: JwtService,
    private readonly store: AuthStore,
  ) {}

  async onModuleInit(): Promise<void> {
    const configured = process.env.HITO_JWT_SECRET;
    this.secret =
      configured && configured.length > 0
        ? configured
        : await this.store.secret(AUTH.jwtSecretName, () => randomBytes(48).toString('base64url'));
  }

  /** Starts a session for `personId`. */
  async startSession(personId: string, now = new Date()): Promise<IssuedTokens> {
    const familyId = randomUUID();
    const { token, stored } = this.newRefreshToken(personId, familyId, now);
    await this.store.insertRefreshToken(stored);
    return this.issue(personId, familyId, token);
  }

  /**
   * Exchanges a refresh token for new tokens. Returns `undefined` when it is unknown, expired or
   * revoked; a revoked (already used) one also revokes the whole session.
   */
  async refresh(refreshToken: string, now = new Date()): Promise<IssuedTokens | undefined> {
    const current = await this.lookup(refreshToken);
    if (!current || current.expiresAt <= now) return undefined;
    if (current.revokedAt) {
      await this.store.revokeFamily(current.familyId, now);
      return undefined;
    }
    const { token, stored } = this.newRefreshToken(current.personId, current.familyId, now);
    if (!(await this.store.rotate(current.id, stored, now))) {
      await this.store.revokeFamily(current.familyId, now);
      return undefined;
    }
    return this.issue(current.personId, current.familyId, token);
  }

  /** Ends the session of a refresh token. True when it named a session. */
  async endSession(refreshToken: string, now = new Date()): Promise<boolean> {
    const current = await this.lookup(refreshToken);
    if (!current) return false;
    await this.store.revokeFamily(current.familyId, now);
    return true;
  }

  /** Ends every session of a person. */
  revokeAll(personId: string, now = new Date()): Promise<void> {
    return this.store.revokePerson(personId, now);
  }

  /** The person and session of a valid access token whose session is still open, else `undefined`. */
  async verifyAccessToken(token: string, now = new Date()): Promise<{ personId: string; sessionId: string } | undefined> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        secret: this.secret,
        algorithms: ['HS256'],
        issuer: AUTH.issuer,
        clockTimestamp: Math.floor(now.getTime() / 1000),
      });
    } catch {
      return undefined;
    }
    if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return undefined;
    if (!(await this.store.sessionActive(claims.sid, now))) return undefined;
    return { personId: claims.sub, sessionId: claims.sid };
  }

  private async issue(personId: string, familyId: string, refreshToken: string): Promise<IssuedTokens> {
    const claims: AccessClaims = { sub: personId, sid: familyId, typ: 'access' };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: this.secret,
      algorithm: 'HS256',
      issuer: AUTH.issuer,
      expiresIn: AUTH.accessTokenSeconds,
    });
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: AUTH.accessTokenSeconds,
      refreshToken,
      refreshExpiresIn: AUTH.refreshTokenSeconds,
    };
  }

  private newRefreshToken(personId: string, familyId: string, now: Date) {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    return {
      token: `${id}.${secret}`,
      stored: {
        id,
        familyId,
        personId,
        tokenHash: sha256(secret),
        issuedAt: now,
        expiresAt: new Date(now.getTime() + AUTH.refreshTokenSeconds * 1000),
        revokedAt: null,
        replacedBy: null,
      },
    };
  }

  private async lookup(refreshToken: string) {
    const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,})$/.exec(refreshToken);
    if (!match) return undefined;
    const stored = await this.store.refreshToken(match[1]);
    if (!stored) return undefined;
    const expected = Buffer.from(stored.tokenHash, 'hex');
    const given = Buffer.from(sha256(match[2]), 'hex');
    return expected.length === given.length && timingSafeEqual(expected, given) ? stored : undefined;
  }
}
