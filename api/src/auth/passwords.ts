import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
// `algorithm: 2` is Algorithm.Argon2id (a const enum, unusable with isolatedModules).
const PARAMS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, PARAMS);

// Verified against when the email is unknown, so both failures take the same time.
let decoy: Promise<string> | null = null;

/** True when `password` matches `passwordHash`; with no hash, spends the same time and fails. */
export async function verifyPassword(passwordHash: string | null, password: string) {
  if (!passwordHash) {
    decoy ??= hashPassword('plannivo-decoy-password');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
