/**
 * The seam for signing in. An identity provider checks what the caller presents (a password, an
 * OIDC authorization code or ID token, …) and names the Hito person it belongs to; Hito then issues
 * its own access and refresh tokens, so authorization is the same whichever provider signed in.
 *
 * The local provider (`password`) ships; an OIDC provider registers under `IDENTITY_PROVIDERS`
 * with its own method name (see README, "Sign-in and OIDC").
 */
export interface IdentityProvider {
  /** The sign-in method it handles, e.g. `password` or `oidc`. */
  readonly method: string;
  /** The person the credentials prove, or `undefined` when they prove nothing. Never throws for bad credentials. */
  authenticate(credentials: Record<string, unknown>): Promise<{ personId: string } | undefined>;
}

/** Injection token: every registered {@link IdentityProvider}. */
export const IDENTITY_PROVIDERS = Symbol('IDENTITY_PROVIDERS');
