import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RefreshTokenEntity, ServerSecretEntity } from './auth.entities.js';

/** A stored refresh token (the secret itself is never stored, only its hash). */
export interface StoredRefreshToken {
  id: string;
  familyId: string;
  personId: string;
  tokenHash: string;
  issuedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  replacedBy: string | null;
}

/** Refresh tokens and server secrets. */
@Injectable()
export class AuthStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The secret named `name`, created with `generate()` the first time (first writer wins). */
  async secret(name: string, generate: () => string): Promise<string> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(ServerSecretEntity)
      .values({ name, value: generate() })
      .orIgnore()
      .execute();
    return (await this.db.manager.findOneByOrFail(ServerSecretEntity, { name })).value;
  }

  async insertRefreshToken(token: StoredRefreshToken): Promise<void> {
    await this.db.manager.insert(RefreshTokenEntity, token);
  }

  async refreshToken(id: string): Promise<StoredRefreshToken | undefined> {
    return (await this.db.manager.findOneBy(RefreshTokenEntity, { id })) ?? undefined;
  }

  /**
   * Revokes `oldId` in favour of `next` and stores `next`, atomically. False when `oldId` was
   * already revoked (a replayed token): nothing is stored then.
   */
  async rotate(oldId: string, next: StoredRefreshToken, at: Date): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(RefreshTokenEntity)
        .set({ revokedAt: at, replacedBy: next.id })
        .where('id = :oldId AND revoked_at IS NULL', { oldId })
        .execute();
      if ((result.affected ?? 0) === 0) return false;
      await manager.insert(RefreshTokenEntity, next);
      return true;
    });
  }

  /** Revokes every token of a sign-in session. */
  async revokeFamily(familyId: string, at: Date): Promise<void> {
    await this.db
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: at })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }

  /** Revokes every session of a person (password reset, deactivation). */
  async revokePerson(personId: string, at: Date): Promise<void> {
    await this.db
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: at })
      .where('person_id = :personId AND revoked_at IS NULL', { personId })
      .execute();
  }

  /** Whether the session still has a live refresh token (not revoked, not expired). */
  async sessionActive(familyId: string, at: Date): Promise<boolean> {
    return this.db.manager
      .createQueryBuilder(RefreshTokenEntity, 't')
      .where('t.family_id = :familyId AND t.revoked_at IS NULL AND t.expires_at > :at', { familyId, at })
      .getExists();
  }
}
