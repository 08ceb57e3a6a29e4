import type { PlatformRole } from '../directory/directory.types.js';

/** Who is calling: the signed-in person, as the access guard attaches it to the request. */
export interface Principal {
  personId: string;
  name: string;
  platformRoles: PlatformRole[];
  /** The sign-in session (refresh token family) the access token belongs to. */
  sessionId: string;
}
