import { Inject, Injectable } from '@nestjs/common';
import { DirectoryService } from '../directory/directory.service.js';
import type { Person } from '../directory/directory.types.js';
import { IDENTITY_PROVIDERS, type IdentityProvider } from './identity-provider.js';
import type { Principal } from './principal.js';
import { TokenService, type IssuedTokens } from './token.service.js';

/** Signing in, refreshing, signing out, and resolving an access token to a {@link Principal}. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(IDENTITY_PROVIDERS) private readonly providers: IdentityProvider[],
    private readonly tokens: TokenService,
    private readonly directory: DirectoryService,
  ) {}

  /** Signs in with `method`'s provider; `undefined` when the credentials prove nobody (active). */
  async signIn(method: string, credentials: Record<string, unknown>): Promise<(IssuedTokens & { person: Person }) | undefined> {
    const provider = this.providers.find((p) => p.method === method);
    if (!provider) return undefined;
    const identity = await provider.authenticate(credentials);
    if (!identity) return undefined;
    const person = await this.directory.person(identity.personId);
    if (!person?.active) return undefined;
    return { ...(await this.tokens.startSession(person.id)), person };
  }

  refresh(refreshToken: string): Promise<IssuedTokens | undefined> {
    return this.tokens.refresh(refreshToken);
  }

  signOut(refreshToken: string): Promise<boolean> {
    return this.tokens.endSession(refreshToken);
  }

  /** Ends every session of a person, e.g. after an admin resets their password. */
  signOutEverywhere(personId: string): Promise<void> {
    return this.tokens.revokeAll(personId);
  }

  /** The caller of a bearer access token, with their current platform roles; `undefined` if not valid. */
  async principal(accessToken: string): Promise<Principal | undefined> {
    const verified = await this.tokens.verifyAccessToken(accessToken);
    if (!verified) return undefined;
    const person = await this.directory.person(verified.personId);
    if (!person?.active) return undefined;
    return { personId: person.id, name: person.name, platformRoles: person.platformRoles, sessionId: verified.sessionId };
  }
}
