import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** A valid Argon2id hash of a random secret: verifying against it costs what a real check costs. */
const DECOY = '$argon2id$v=19$m=19456,t=2,p=1$dNkjfGP2GCi31KKCeoIsJA$zegbKbID1WkLtJZZY9YMJegcilMb3vNfgC6BrQ6qWrM';

/** Argon2id password hashing (OWASP's recommended parameters, the library defaults). */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password);
  }

  /** Whether `password` matches `passwordHash`; with no hash it still spends the time of a check. */
  async verify(passwordHash: string | null | undefined, password: string): Promise<boolean> {
    try {
      const ok = await verify(passwordHash ?? DECOY, password);
      return ok && Boolean(passwordHash);
    } catch {
      return false;
    }
  }
}
