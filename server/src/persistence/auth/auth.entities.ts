import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Row of `refresh_token`: only the SHA-256 of the secret part is stored. */
@Entity({ name: 'refresh_token' })
export class RefreshTokenEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'family_id' }) familyId!: string;
  @Column('text', { name: 'person_id' }) personId!: string;
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('timestamptz', { name: 'issued_at' }) issuedAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('uuid', { name: 'replaced_by', nullable: true }) replacedBy!: string | null;
}

/** Row of `server_secret`. */
@Entity({ name: 'server_secret' })
export class ServerSecretEntity {
  @PrimaryColumn('text') name!: string;
  @Column('text') value!: string;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}

export const authEntities = [RefreshTokenEntity, ServerSecretEntity];
