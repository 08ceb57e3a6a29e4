import { Injectable } from '@nestjs/common';
import { DirectoryService } from '../directory/directory.service.js';
import { PasswordHasher } from '../directory/password-hasher.js';
import type { IdentityProvider } from './identity-provider.js';

/** Local accounts: email (or person id) and an Argon2id-hashed password from the directory. */
@Injectable()
export class LocalIdentityProvider implements IdentityProvider {
  readonly method = 'password';

  constructor(
    private readonly directory: DirectoryService,
    private readonly hasher: PasswordHasher,
  ) {}

  async authenticate(credentials: Record<string, unknown>): Promise<{ personId: string } | undefined> {
    const { username, password } = credentials;
    if (typeof username !== 'string' || typeof password !== 'string') return undefined;
    const account = await this.directory.credentials(username.trim());
    // Verify even when there is no account, so timing does not tell which usernames exist.
    const ok = await this.hasher.verify(account?.passwordHash, password);
    return ok && account?.active ? { personId: account.id } : undefined;
  }
}
