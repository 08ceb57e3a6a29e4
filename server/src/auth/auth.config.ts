/** Lifetimes and limits of sign-in. */
export const AUTH = {
  /** Access tokens (JWT) live 15 minutes. */
  accessTokenSeconds: 15 * 60,
  /** Refresh tokens live 14 days and are rotated on every use. */
  refreshTokenSeconds: 14 * 24 * 60 * 60,
  /** Sign-in attempts per minute per client address and username. */
  loginAttemptsPerMinute: 10,
  /** Name of the generated JWT signing secret in `server_secret`. */
  jwtSecretName: 'jwt-signing-key',
  issuer: 'hito',
} as const;
